import ArgumentParser
import Foundation

/// `kru`: the command line. Each subcommand lives in its own file.
public struct KruCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kru",
        abstract: "A beginner coding sandbox and auto-grader (គ្រូ, \"teacher\").",
        discussion: """
            Grades web pages (HTML and CSS) and block-program maze puzzles against \
            exercise packs, with feedback in English and Khmer.

            Examples:
              kru list
              kru show web/01-first-page --lang km
              kru check web/01-first-page my-page.html
              kru run maze/02-turn my-program.txt --animate
              kru lint --strict
            """,
        version: "0.1.0",
        subcommands: [
            ListCommand.self,
            ShowCommand.self,
            CheckCommand.self,
            RunCommand.self,
            GradeCommand.self,
            HistoryCommand.self,
            LintCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and exits: 0 success, 1 a check failed,
    /// 2 usage errors or an ungradable submission.
    public static func runMain(arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let error as CLIError {
            Terminal.printError(error.description)
            Foundation.exit(2)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
