import ArgumentParser
import Reports

/// `--audience instructor|student`, read by its raw value; ArgumentParser lists the choices
/// in `--help` and names them when a value is not one.
extension ReportAudience: ExpressibleByArgument {}
