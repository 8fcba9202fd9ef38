"""Run the ``invoicekit`` CLI in-process for tests, and check its error contract."""

from __future__ import annotations

from click.testing import CliRunner, Result


class Run:
    """Invoke the CLI in-process, as a script would: stdout and stderr are not terminals."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(
        self, *args: str, input: bytes | str | None = None, env: dict[str, str] | None = None
    ) -> Result:
        from invoicekit.cli import cli

        result = self.runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result


def one_error_line(result: Result) -> str:
    """The single stderr line of a failed command (asserting there is exactly one)."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("invoicekit: error: "), lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    return lines[0].removeprefix("invoicekit: error: ")
