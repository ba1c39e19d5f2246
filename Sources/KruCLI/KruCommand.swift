import ArgumentParser

/// `kru`: the command line. Each subcommand lives in its own file.
public struct KruCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kru",
        abstract: "A beginner coding sandbox and auto-grader (គ្រូ, \"teacher\").",
        discussion: """
            Grades web pages (HTML and CSS) and block-program maze puzzles against \
            exercise packs, with feedback in English and Khmer.
            """,
        version: "0.1.0",
        subcommands: []
    )

    public init() {}
}
