""""Is deze persoon al bekend?" ranks the persons by how much agrees (docs/SEARCH.md). With more persons whose
name resembles the one typed than the name search keeps (50), the person with the same name AND the same date
of birth fell outside those 50 and was not offered, while namesakes with another date of birth were."""

from __future__ import annotations

import datetime as dt

from coordinator_app.db.vault import Vault
from coordinator_app.services.cases import store
from coordinator_app.services.search import persons
from coordinator_app.services.search.persons import PersonQuery


def _case(vault: Vault, first: str, last: str, born: dt.date) -> int:
    return store.create_case(vault, store.CaseInput(
        signal_received_on="2026-03-03",
        person=store.PersonInput(first_name=first, last_name=last, date_of_birth=born)))


def test_the_person_with_the_same_birth_date_is_offered_first_among_many_namesakes(vault: Vault) -> None:
    spellings = ("Mohammed", "Mohamed", "Muhammad")
    for i in range(150):  # 150 namesakes, none born on 15-06-1995
        _case(vault, spellings[i % 3], "Ali", dt.date(1970 + i % 20, 1 + i % 12, 1 + i % 28))
    target = _case(vault, "Muhammad", "Ali", dt.date(1995, 6, 15))  # the last case, the least alike spelling
    query = PersonQuery(first_name="Mohamed", last_name="Ali", date_of_birth=dt.date(1995, 6, 15))
    found = persons.known_persons(vault, query)
    assert found[0].match.case_id == target
    assert set(found[0].reasons) >= {"similar_name", "date_of_birth"}
    for others in found[1:]:
        assert others.match.date_of_birth != dt.date(1995, 6, 15) and others.score < found[0].score
    rows = persons.known_persons_for_rows(vault, [query, query])  # the case import, a row twice
    assert [c.match.case_id for c in rows[0]] == [c.match.case_id for c in found] == [c.match.case_id for c in rows[1]]
