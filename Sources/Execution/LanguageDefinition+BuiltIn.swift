extension LanguageDefinition {
    /// SpecGrade's own definitions, in the order `specgrade languages` lists them. How each is
    /// built and run, and what SpecGrade adds for the sandbox, is told in docs/languages.md.
    public static let builtIn: [LanguageDefinition] = [
        LanguageDefinition(
            name: .python, extensions: ["py"], displayName: "Python 3",
            run: ["python3", "{entry}"], version: ["python3", "--version"],
            installHint: "install Python 3 (Debian/Ubuntu: apt install python3)"),
        LanguageDefinition(
            name: .c, extensions: ["c"], displayName: "C",
            compile: ["gcc", "-O2", "-pipe", "-std=gnu17", "-o", "{binary}", "{sources}", "-lm"], run: ["{binary}"],
            version: ["gcc", "--version"], installHint: "install a C compiler (Debian/Ubuntu: apt install gcc)"),
        LanguageDefinition(
            name: .cpp, extensions: ["cpp", "cc", "cxx", "c++"], displayName: "C++",
            compile: ["g++", "-O2", "-pipe", "-std=gnu++17", "-o", "{binary}", "{sources}", "-lm"], run: ["{binary}"],
            version: ["g++", "--version"], installHint: "install a C++ compiler (Debian/Ubuntu: apt install g++)"),
        LanguageDefinition(
            name: .java, extensions: ["java"], displayName: "Java",
            compile: ["javac", "-encoding", "UTF-8", "-d", "{build}/classes", "{sources}"],
            run: ["java", "-cp", "{build}/classes", "{entry}"], version: ["java", "-version"],
            installHint: "install a JDK (Debian/Ubuntu: apt install default-jdk-headless)"),
        LanguageDefinition(
            name: .javascript, extensions: ["js", "mjs"], displayName: "JavaScript (Node.js)",
            compile: ["node", "--check", "{entry}"], run: ["node", "{entry}"], version: ["node", "--version"],
            installHint: "install Node.js (Debian/Ubuntu: apt install nodejs)"),
        LanguageDefinition(
            name: .typescript, extensions: ["ts"], displayName: "TypeScript (tsc, Node.js)",
            compile: [
                "tsc", "--pretty", "false", "--noEmitOnError", "--target", "es2020", "--module", "commonjs",
                "--rootDir", "{build}", "--outDir", "{build}/js", "{sources}",
            ],
            run: ["node", "{entry}"], version: ["tsc", "--version"],
            installHint: "install TypeScript and Node.js (Debian/Ubuntu: apt install node-typescript nodejs)"),
        LanguageDefinition(
            name: .go, extensions: ["go"], displayName: "Go",
            compile: ["go", "build", "-o", "{binary}", "{sources}"], run: ["{binary}"], version: ["go", "version"],
            environment: ["CGO_ENABLED": "0", "GO111MODULE": "off", "GOFLAGS": "-buildvcs=false"],
            installHint: "install Go (Debian/Ubuntu: apt install golang-go)"),
        LanguageDefinition(
            name: .rust, extensions: ["rs"], displayName: "Rust",
            compile: ["rustc", "--edition", "2021", "-O", "-o", "{binary}", "{entry}"], run: ["{binary}"],
            version: ["rustc", "--version"], installHint: "install Rust (Debian/Ubuntu: apt install rustc)"),
        LanguageDefinition(
            name: .haskell, extensions: ["hs"], displayName: "Haskell (GHC)",
            compile: ["ghc", "--make", "-O", "-o", "{binary}", "{entry}"], run: ["{binary}"],
            version: ["ghc", "--version"], installHint: "install GHC (Debian/Ubuntu: apt install ghc)"),
        LanguageDefinition(
            name: .commonLisp, extensions: ["lisp", "lsp", "cl"], displayName: "Common Lisp (SBCL)",
            compile: [
                "sbcl", "--noinform", "--no-sysinit", "--no-userinit", "--non-interactive", "--eval",
                "(unless (compile-file \"{entry}\" :output-file \"{build}/main.fasl\") (sb-ext:exit :code 1))",
            ],
            run: ["sbcl", "--script", "{build}/main.fasl"], version: ["sbcl", "--version"],
            installHint: "install SBCL (Debian/Ubuntu: apt install sbcl)"),
        LanguageDefinition(
            name: .babbage, extensions: ["ae"], displayName: "Analytical Engine cards", run: []),
        LanguageDefinition(
            name: .babbageAssembly, extensions: ["bab"], displayName: "Analytical Engine register dialect", run: []),
    ]
}
