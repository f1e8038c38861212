"""One exception hierarchy; only the CLI turns these into exit codes."""


class ReportNLPError(Exception):
    """Base of every error reportnlp raises on purpose."""

    code = "error"


class InputError(ReportNLPError):
    """The input cannot be processed (empty, binary, unreadable)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class PipelineError(ReportNLPError):
    """The pipeline was assembled wrongly (a stage's requirement is unmet)."""

    code = "pipeline"


class OutputError(ReportNLPError):
    """An output cannot be written as asked (another run holds it, a bad combination)."""

    code = "output"
