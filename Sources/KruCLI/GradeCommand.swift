import ArgumentParser
import Dispatch
import Foundation
import KruBatch
import KruCore
import KruPack

/// `kru grade COHORT`: grade a whole cohort and write reports, gradebooks and history.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a cohort: every student's submissions, in parallel, with reports for students and mentors.",
        discussion: """
            COHORT is one of (detected automatically):
              a cohort folder      COHORT/<student>/<exercise id>/…  or  COHORT/<student>/<exercise id>.html|.xml|.json|.txt|.zip
              a Moodle download    the "Download all submissions" zip, or its unpacked folder
                                   (Full Name_123456_assignsubmission_file_/…); needs --exercise ID

            Writes to --out (each file atomically):
              students/<student>.html   one self-contained report per student, in their language
              summary.html              the mentor's cohort summary
              gradebook.csv             student × exercise points (UTF-8 with BOM, for Excel)
              moodle/<exercise>.csv     Moodle offline grading worksheets
              results.json              the whole run, machine-readable
              gradescope/<student>/<exercise>/results.json   with --gradescope
              history.sqlite            every run (unless --db names another file)

            Unchanged submissions (same files, same rubric) reuse their earlier result; an
            interrupted run resumes where it stopped. Exit code 0 when the run completed
            (whatever the grades), 2 when it could not run.

            Examples:
              kru grade examples/cohort --out out/
              kru grade submissions.zip --exercise web/01-first-page --roster roster.csv --out out/
              kru grade cohort/ --jobs 2 --format summary,gradebook --lang km
            """)

    @Argument(help: "The cohort folder, Moodle download folder or Moodle zip.")
    var cohort: String

    @OptionGroup var pack: PackOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the outputs.", valueName: "dir"))
    var out: String = "out"

    @Option(name: .long, help: ArgumentHelp("Submissions graded at once (default: every core).", valueName: "n"))
    var jobs: Int?

    @OptionGroup var language: LanguageOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Outputs to write, comma-separated: html, summary, gradebook, moodle, json (default: all).",
            valueName: "list"))
    var format: [String] = []

    @Option(name: .long, help: ArgumentHelp("The history database (default: <out>/history.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The exercise every submission is for (needed for Moodle downloads).", valueName: "id"))
    var exercise: String?

    @Option(name: .long, help: ArgumentHelp("A roster CSV: student id, name, preferred language.", valueName: "csv"))
    var roster: String?

    @Flag(name: .long, help: "Also write a Gradescope results.json per submission.")
    var gradescope = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError(Self.jobsAtLeastOne.text(language.bestEffort)) }
        _ = try formats()
    }

    func formats() throws -> Set<OutputFormat> {
        let names = format.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard !names.isEmpty else { return Set(OutputFormat.allCases) }
        var formats = Set<OutputFormat>()
        for name in names {
            guard let format = OutputFormat(rawValue: name) else {
                throw ValidationError(Self.unknownFormat.filling([
                    "format": name, "formats": OutputFormat.allCases.map(\.rawValue).joined(separator: ", "),
                ]).text(language.bestEffort))
            }
            formats.insert(format)
        }
        return formats
    }

    func run() throws {
        let language = try language.resolve()
        let pack = try pack.load(language: language)
        let options = GradeJobOptions(
            cohort: URL(fileURLWithPath: cohort),
            out: URL(fileURLWithPath: out, isDirectory: true),
            database: db.map { URL(fileURLWithPath: $0) },
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            exercise: exercise,
            roster: roster.map { URL(fileURLWithPath: $0) },
            language: language,
            formats: try formats(),
            gradescope: gradescope,
            progress: true,
            cancellation: Cancellation())
        let stopSignals = Self.stopOnSignals(options.cancellation!)
        defer { stopSignals.forEach { $0.cancel() } }
        let result: GradeJobResult
        do {
            result = try GradeJob.run(options, pack: pack, grading: .pack(pack))
        } catch where error.interrupted {
            Terminal.printError("\n" + Self.interrupted.text(language))
            throw ExitCode(130)
        } catch {
            throw CLIError.usage(error.message.text(language))
        }
        let run = result.run
        print(Self.done.filling([
            "students": String(result.cohort.students.count), "graded": String(run.graded), "reused": String(run.reused),
            "errors": String(run.errors), "missing": String(run.missing), "out": options.out.path,
        ]).text(language))
        for problem in result.cohort.problems {
            Terminal.printWarning("\(problem.file): \(problem.message.text(language))", language: language)
        }
    }

    /// The first Ctrl-C (or SIGTERM) stops the run gently: finished work is
    /// committed and the run recorded as interrupted. A second one exits at
    /// once (the next run then marks it interrupted).
    static func stopOnSignals(_ cancellation: Cancellation) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if cancellation.isCancelled { Foundation.exit(130) }
                cancellation.cancel()
            }
            source.resume()
            return source
        }
    }

    static let jobsAtLeastOne = LocalizedText(en: "--jobs must be at least 1", km: "--jobs ត្រូវតែយ៉ាងហោចណាស់ 1")
    static let unknownFormat = LocalizedText(
        en: "unknown format \"{format}\"; use {formats}", km: "មិនស្គាល់ទម្រង់ \"{format}\" ទេ; សូមប្រើ {formats}")

    static let interrupted = LocalizedText(
        en: "Stopped. Finished submissions are kept; run the same command again to grade the rest.",
        km: "បានបញ្ឈប់។ ការដាក់ស្នើដែលបានដាក់ពិន្ទុរួចត្រូវបានរក្សាទុក; សូមដំណើរការពាក្យបញ្ជាដដែលម្ដងទៀត ដើម្បីដាក់ពិន្ទុដែលនៅសល់។")

    static let done = LocalizedText(
        en: "Graded {students} students: {graded} graded, {reused} unchanged (reused), {errors} could not be graded, {missing} missing. Reports in {out}",
        km: "បានដាក់ពិន្ទុសិស្ស {students} នាក់: {graded} បានដាក់ពិន្ទុ {reused} មិនផ្លាស់ប្ដូរ (ប្រើឡើងវិញ) {errors} មិនអាចដាក់ពិន្ទុបាន {missing} បាត់។ របាយការណ៍នៅ {out}")
}
