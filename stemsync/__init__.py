"""stemsync: client-feedback questionnaires on LimeSurvey, synced and published safely."""

__version__ = "0.1.0"
