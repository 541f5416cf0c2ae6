"""Calendar quarters: the value type lives in `coordinator_app.domain.quarter` (pure, no database)."""

from coordinator_app.domain.quarter import AMSTERDAM, Quarter, amsterdam_date

__all__ = ["AMSTERDAM", "Quarter", "amsterdam_date"]
