import Foundation
import KruCore
import KruPack
import KruReports

/// Everything `kru grade` is asked to do.
public struct GradeJobOptions: Sendable {
    /// The cohort folder, Moodle folder or Moodle zip.
    public var cohort: URL
    /// Where the outputs go.
    public var out: URL
    /// The history database (default: `<out>/history.sqlite`).
    public var database: URL?
    public var jobs: Int
    /// The exercise of every submission (Moodle layouts).
    public var exercise: String?
    public var roster: URL?
    /// Language of students the roster does not set, and of the mentor's summary.
    public var language: Language
    public var formats: Set<OutputFormat>
    public var gradescope: Bool
    /// Draw a progress bar on standard error (only shown on a terminal).
    public var progress: Bool
    /// Stops the run early, keeping what it finished (Ctrl-C).
    public var cancellation: Cancellation?

    public init(
        cohort: URL, out: URL, database: URL? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        exercise: String? = nil, roster: URL? = nil, language: Language = .english,
        formats: Set<OutputFormat> = Set(OutputFormat.allCases), gradescope: Bool = false, progress: Bool = false,
        cancellation: Cancellation? = nil
    ) {
        self.cancellation = cancellation
        self.cohort = cohort
        self.out = out
        self.database = database
        self.jobs = jobs
        self.exercise = exercise
        self.roster = roster
        self.language = language
        self.formats = formats
        self.gradescope = gradescope
        self.progress = progress
    }

    /// The history database file.
    public var databaseURL: URL { database ?? out.appendingPathComponent("history.sqlite") }
}

/// What a finished `kru grade` did.
public struct GradeJobResult: Sendable {
    public var run: BatchRun
    public var cohort: Cohort
    /// Summary files written (gradebook, worksheets, JSON, summary page).
    public var files: [URL]
}

/// `kru grade` as a library call: discover, grade, record, write.
public enum GradeJob {
    /// The roster name found automatically inside a cohort folder.
    public static let rosterFileName = "roster.csv"

    /// `COHORT/roster.csv`, when the cohort folder holds one.
    static func defaultRoster(_ cohort: URL) -> URL? {
        let url = cohort.appendingPathComponent(rosterFileName)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    public static func run(_ options: GradeJobOptions, pack: Pack, grading: Grading) throws(BatchError) -> GradeJobResult {
        var roster: Roster?
        if let url = options.roster ?? defaultRoster(options.cohort) { roster = try Roster.load(url) }
        let cohort = try CohortDiscovery.discover(
            options.cohort, pack: pack, exercise: options.exercise, roster: roster, language: options.language)
        guard !cohort.students.isEmpty else {
            throw BatchError(
                en: """
                    \(options.cohort.path): no student work found. Expected COHORT/<student>/<exercise id>/… \
                    (or <exercise id>.html|.xml|.json|.txt), or a Moodle download with --exercise ID
                    """,
                km: """
                    \(options.cohort.path): រកមិនឃើញការងាររបស់សិស្សទេ។ kru រំពឹងថា COHORT/<សិស្ស>/<លេខលំហាត់>/… \
                    (ឬ <លេខលំហាត់>.html|.xml|.json|.txt) ឬការទាញយកពី Moodle ជាមួយ --exercise ID
                    """)
        }
        let store = try HistoryStore(path: options.databaseURL.path)
        var progress: (@Sendable (Int, Int) -> Void)?
        if options.progress {
            let bar = ProgressBar()
            progress = { done, total in bar.update(done, total) }
        }
        let run = try BatchRunner(store: store, grading: grading, jobs: options.jobs)
            .run(cohort, pack: pack.root.path, progress: progress, cancellation: options.cancellation)
        let files = try BatchOutputs.write(
            run: run, cohort: cohort, store: store,
            options: OutputOptions(
                directory: options.out, formats: options.formats, gradescope: options.gradescope,
                mentorLanguage: options.language))
        return GradeJobResult(run: run, cohort: cohort, files: files)
    }
}
