/// The submission's file names as operands of a compile or check command: absolute paths
/// under `/work`, whatever the toolchain.
///
/// The names are the student's: given as they are, `-wrapper.c` reads as an option and `@x.c`
/// as a response file (gcc, g++, javac, and any toolchain with either convention), which let
/// a submission run a program of its choosing at compile time. An absolute path begins with
/// `/`, which no toolchain reads as anything but a file.
enum CompileOperands {
    static func paths(_ names: [String]) -> [String] {
        names.map { RunRequest.workDirectory + "/" + $0 }
    }
}
