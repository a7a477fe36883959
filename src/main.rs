//! The `newskg` binary: parses the command line, runs the command, maps the outcome to an exit
//! code (0 success, 1 some inputs failed, 2 error) and prints the error chain once.

use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    match cli::run() {
        Ok(cli::Outcome::Success) => ExitCode::SUCCESS,
        Ok(cli::Outcome::SomeInputsFailed) => ExitCode::from(1),
        Err(err) => {
            // The reader of our output went away (`newskg stats | head -1`): like a finished
            // write, not an error.
            if err.chain().any(|e| {
                e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                    || e.downcast_ref::<newskg_store::StoreError>().is_some_and(|s| s.is_broken_pipe())
                    || e.downcast_ref::<serde_json::Error>()
                        .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
            }) {
                return ExitCode::SUCCESS;
            }
            cli::report(format_args!("newskg: {err:#}"));
            ExitCode::from(2)
        }
    }
}
