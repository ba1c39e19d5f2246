import ArgumentParser
import Foundation
import KruCore
import KruPack
import KruReports

/// `kru check EXERCISE SUBMISSION`: grade one submission and show what to fix.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Grade one submission and show what to fix.",
        discussion: """
            Exit status: 0 every check passes, 1 some check fails, 2 usage error or a \
            submission that cannot be graded.

            Examples:
              kru check web/01-first-page index.html
              kru check web/09-two-pages my-site/ --lang km
              kru check maze/03-repeat program.xml --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The exercise: an id such as web/01-first-page, or the path of its folder.")
    var exercise: String

    @Argument(help: "The submission: a folder, a single .html file, or a puzzle program file.")
    var submission: String

    @OptionGroup var pack: PackOptions
    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text (for people) or json (for tools; see README).")
    var format: Format = .text

    func run() throws {
        let lang = try language.resolve()
        let (_, exercise) = try pack.exercise(exercise, language: lang)
        let grader: ExerciseGrader
        do {
            grader = try ExerciseGrader.make(for: exercise)
        } catch {
            throw CLIError.usage(error.graderCannotBeLoaded.text(lang))
        }
        let files: SubmissionFiles
        do throws(SubmissionError) {
            files = try SubmissionLoader.load(URL(fileURLWithPath: submission))
            if let reason = grader.ungradableReason(files) { throw reason }
        } catch {
            try reportUngradable(error, exercise: exercise, language: lang)
        }
        let result = grader.grade(files)
        switch format {
        case .json:
            print(JSONReport.serialize(JSONReport.object(for: result, language: lang)))
        case .text:
            print(TextReport(language: lang, color: Terminal.colorOutput).render(result, sources: files.decodedTexts), terminator: "")
        }
        if !result.passed { throw ExitCode(1) }
    }

    private func reportUngradable(_ error: SubmissionError, exercise: Exercise, language: Language) throws -> Never {
        if format == .json {
            let object: [String: Any] = [
                "schemaVersion": JSONReport.schemaVersion,
                "exercise": exercise.id,
                "error": ["file": error.path, "message": error.message.text(language)],
            ]
            print(JSONReport.serialize(object))
            throw ExitCode(2)
        }
        throw CLIError.usage("\(error.path): \(error.message.text(language))")
    }
}
