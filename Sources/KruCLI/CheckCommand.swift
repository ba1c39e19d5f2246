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
            // The pack's file, not the student's, is at fault; the message says so.
            try reportUngradable(file: error.location.file, error.graderCannotBeLoaded.text(lang), exercise: exercise, withFile: false)
        }
        let files: SubmissionFiles
        do throws(SubmissionError) {
            files = try SubmissionLoader.load(URL(fileURLWithPath: submission))
            if let reason = grader.ungradableReason(files) { throw reason }
        } catch {
            try reportUngradable(file: error.path, error.message.text(lang), exercise: exercise, withFile: true)
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

    /// Stops with exit code 2: in JSON, the documented `error` object naming `file`; in text,
    /// the message on standard error (after `file: ` when `withFile`).
    private func reportUngradable(file: String, _ message: String, exercise: Exercise, withFile: Bool) throws -> Never {
        if format == .json {
            let object: [String: Any] = [
                "schemaVersion": JSONReport.schemaVersion,
                "exercise": exercise.id,
                "error": ["file": file, "message": message],
            ]
            print(JSONReport.serialize(object))
            throw ExitCode(2)
        }
        throw CLIError.usage(withFile ? "\(file): \(message)" : message)
    }
}
