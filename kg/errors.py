"""One root error; the CLI turns each subclass into a one-line message and an exit code."""


class KgError(Exception):
    """Root of every error kg raises on purpose."""

    exit_code = 1


class InputError(KgError):
    """Input that cannot be read as papers; names the file and, where there is one, the line."""

    exit_code = 2

    def __init__(self, path, message, line=None):
        self.path = str(path)
        self.line = line
        self.reason = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class ConfigError(KgError):
    """A setting or option that cannot work (unknown format, missing spaCy model, ...)."""

    exit_code = 2


class ValidationFailed(KgError):
    """The graph does not conform to the SHACL shapes; nothing was written as final or loaded."""

    exit_code = 3

    def __init__(self, message, report_path=None):
        self.report_path = report_path
        super().__init__(message)


class StoreError(KgError):
    """The embedded RDF store is missing, locked, or a query against it failed."""

    exit_code = 4


class QueryRefused(KgError):
    """A write query sent without the explicit permission to write."""

    exit_code = 2


class Neo4jError(KgError):
    """Neo4j unreachable, refused our credentials, or failed a query."""

    exit_code = 5
