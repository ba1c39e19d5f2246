import ArgumentParser
import Foundation
import KruCore

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
                let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
                let message = usageError(fullMessage(for: error), arguments: arguments)
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// swift-argument-parser's message for arguments it cannot parse (English only), led in
    /// Khmer by what happened and where to look when the user reads Khmer (`--lang km`,
    /// `KRU_LANG`, `LANG`), since parsing failed before `--lang` could be read as an option.
    static func usageError(_ message: String, arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        var language = Language.fromEnvironment(environment)
        for (index, argument) in arguments.enumerated() {
            let value: String?
            if argument == "--lang" {
                value = index + 1 < arguments.count ? arguments[index + 1] : nil
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            } else {
                value = nil
            }
            if let value, let asked = Language(localeIdentifier: value) { language = asked }
        }
        let subcommand = configuration.subcommands.first { $0.configuration.commandName == arguments.first }
        let help = ["kru", subcommand?.configuration.commandName, "--help"].compactMap { $0 }.joined(separator: " ")
        return usageLead.filling(["message": message, "help": help]).text(language)
    }

    static let usageLead = LocalizedText(
        en: "{message}",
        km: "kru: ពាក្យបញ្ជានេះមិនត្រឹមត្រូវទេ; សូមវាយ {help} ដើម្បីមើលរបៀបប្រើ។ ព័ត៌មានលម្អិត (ជាភាសាអង់គ្លេស)៖\n{message}")
}
