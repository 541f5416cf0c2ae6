"""The intake screen: new intakes, quick signals and drafts; the intake wizard."""
