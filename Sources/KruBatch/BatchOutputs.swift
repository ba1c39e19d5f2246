import Dispatch
import Foundation
import KruCore
import KruPack
import KruReports

/// The outputs `kru grade` can write (`--format`).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// `students/<student>.html`: one self-contained report per student.
    case html
    /// `summary.html`: the mentor's cohort summary.
    case summary
    /// `gradebook.csv`: student × exercise points.
    case gradebook
    /// `moodle/<exercise>.csv`: Moodle offline grading worksheets.
    case moodle
    /// `results.json`: the whole run.
    case json
}

/// Where the outputs go and in which language the mentor reads the summary.
public struct OutputOptions: Sendable {
    public var directory: URL
    public var formats: Set<OutputFormat>
    /// Also write `gradescope/<student>/<exercise>/results.json`.
    public var gradescope: Bool
    public var mentorLanguage: Language
    /// Students whose reports are rendered at once (default: one per core).
    public var jobs: Int

    public init(
        directory: URL, formats: Set<OutputFormat> = Set(OutputFormat.allCases), gradescope: Bool = false, mentorLanguage: Language,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.directory = directory
        self.formats = formats
        self.gradescope = gradescope
        self.mentorLanguage = mentorLanguage
        self.jobs = max(1, jobs)
    }
}

/// Writes a run's outputs from the history database, student by student, each file atomically.
public enum BatchOutputs {
    /// Writes the outputs of `run`; returns the files written (reports and gradescope files counted, not listed).
    @discardableResult
    public static func write(
        run: BatchRun, cohort: Cohort, store: HistoryStore, options: OutputOptions, date: Date = Date()
    ) throws(BatchError) -> [URL] {
        let out = options.directory
        let maxScores = try store.maxScores(run: run.id)
        let exercises = cohort.exercises.map { CohortExercise(id: $0.id, title: $0.title, maxScore: maxScores[$0.id]) }
        let problems = cohort.problems.map { (file: $0.file, message: $0.message) }
        let formats = options.formats
        var written: [URL] = []

        let gradebook = CSVGradebook(exercises: exercises)
        let gradebookFile = formats.contains(.gradebook) ? try AtomicFile(out.appendingPathComponent("gradebook.csv")) : nil
        try gradebookFile?.append(gradebook.header())

        var moodleFiles: [String: (MoodleWorksheet, AtomicFile)] = [:]
        if formats.contains(.moodle) {
            for exercise in exercises {
                let name = exercise.id.replacingOccurrences(of: "/", with: "-") + ".csv"
                let worksheet = MoodleWorksheet(exercise: exercise, date: date)
                let file = try AtomicFile(out.appendingPathComponent("moodle").appendingPathComponent(name))
                try file.append(worksheet.header())
                moodleFiles[exercise.id] = (worksheet, file)
            }
        }
        let moodleWorksheets = moodleFiles.mapValues(\.0)
        let gradescope = options.gradescope

        let jsonFile = formats.contains(.json) ? try AtomicFile(out.appendingPathComponent("results.json")) : nil
        try jsonFile?.append(RunJSON.head(
            run: [
                "id": run.id, "startedAt": UTCDate.iso8601(date), "cohort": cohort.root.path,
                "layout": cohort.layout.rawValue, "pack": cohort.exercises.first.map { $0.directory.deletingLastPathComponent().path } ?? "",
            ],
            exercises: exercises, problems: problems))

        var summary = CohortSummary(exercises: exercises, language: options.mentorLanguage)
        summary.problems = problems
        var fileNames = FileNames()
        var studentsWritten = 0
        var current: [HistoryStore.StoredRow] = []
        var pending: [[HistoryStore.StoredRow]] = []

        /// Renders a chunk of students in parallel (their own files written
        /// there), then appends their lines to the run-wide files in order.
        func flushPending() throws(BatchError) {
            guard !pending.isEmpty else { return }
            let students = pending.map { rows in (stored: rows, safe: fileNames.unique(rows[0].student.key)) }
            let firstIndex = studentsWritten
            pending = []
            let rendered = ParallelResults<StudentOutput>(count: students.count)
            DispatchQueue.concurrentPerform(iterations: min(options.jobs, students.count)) { worker in
                var index = worker
                while index < students.count {
                    let (stored, safe) = students[index]
                    rendered.set(index, Result { () throws(BatchError) in
                        try renderStudent(stored.map { $0.decoded() }, safe: safe, first: firstIndex + index == 0)
                    })
                    index += options.jobs
                }
            }
            for index in students.indices {
                let output = try rendered.get(index)
                summary.add(student: output.rows[0].student, rows: output.rows, report: output.link)
                try gradebookFile?.append(output.gradebookLine)
                for (exercise, line) in output.moodleLines { try moodleFiles[exercise]?.1.append(line) }
                try jsonFile?.append(output.json)
            }
            studentsWritten += students.count
        }

        /// One student's own files (report, Gradescope results) and their lines for the run-wide files.
        @Sendable func renderStudent(_ rows: [CohortRow], safe: String, first: Bool) throws(BatchError) -> StudentOutput {
            let student = rows[0].student
            var output = StudentOutput(rows: rows)
            if formats.contains(.html) {
                let link = "students/\(safe).html"
                let page = HTMLReport.page(student: student, rows: rows, exercises: exercises, date: date)
                try AtomicFile.write(page, to: out.appendingPathComponent(link, isDirectory: false))
                output.link = link
            }
            if formats.contains(.gradebook) { output.gradebookLine = gradebook.line(student: student, rows: rows) }
            for row in rows {
                if let worksheet = moodleWorksheets[row.exercise] { output.moodleLines.append((row.exercise, worksheet.line(row))) }
                if gradescope, let object = GradescopeResults.object(for: row) {
                    let url = out.appendingPathComponent("gradescope/\(safe)/\(row.exercise)/results.json", isDirectory: false)
                    try AtomicFile.write(JSONText.compact(object) + "\n", to: url)
                }
            }
            if formats.contains(.json) { output.json = RunJSON.student(student, rows: rows, first: first) }
            return output
        }

        try store.forEachStoredRow(run: run.id) { (row: HistoryStore.StoredRow) throws(BatchError) in
            if let last = current.last, last.student.key != row.student.key {
                pending.append(current)
                current = []
                if pending.count >= Self.chunk { try flushPending() }
            }
            current.append(row)
        }
        if !current.isEmpty { pending.append(current) }
        try flushPending()

        if let gradebookFile {
            try gradebookFile.commit()
            written.append(gradebookFile.destination)
        }
        for exercise in exercises {
            guard let (_, file) = moodleFiles[exercise.id] else { continue }
            try file.commit()
            written.append(file.destination)
        }
        if let jsonFile {
            try jsonFile.append(RunJSON.tail(summary: [
                "students": cohort.students.count, "graded": run.graded, "reused": run.reused, "errors": run.errors,
                "missing": run.missing,
            ]))
            try jsonFile.commit()
            written.append(jsonFile.destination)
        }
        if formats.contains(.summary) {
            let url = out.appendingPathComponent("summary.html")
            try AtomicFile.write(
                summary.render(date: date, counts: (run.graded, run.reused, run.errors, run.missing)), to: url, durable: true)
            written.append(url)
        }
        return written
    }
}

extension BatchOutputs {
    /// Students rendered together between two appends to the run-wide files.
    static let chunk = 64
}

/// What one student adds to the run-wide files.
private struct StudentOutput: Sendable {
    /// The student's rows, results decoded.
    var rows: [CohortRow]
    var link: String?
    var gradebookLine = ""
    var moodleLines: [(String, String)] = []
    var json = ""
}

/// Results filled in by parallel workers, one slot each.
private final class ParallelResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, BatchError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Value, BatchError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    func get(_ index: Int) throws(BatchError) -> Value {
        lock.lock()
        let slot = slots[index]
        lock.unlock()
        return try slot!.get()
    }
}

/// File names for students: their key with characters no file system
/// accepts replaced (Khmer kept), unique even when keys differ only by case.
struct FileNames {
    private var used = Set<String>()

    mutating func unique(_ key: String) -> String {
        var base = String(key.map { "/\\:*?\"<>|".contains($0) || $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) ? "_" : $0 })
        base = base.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        if base.isEmpty { base = "student" }
        if base.utf8.count > 120 { base = String(base.prefix(40)) }
        var name = base
        var counter = 2
        while used.contains(name.lowercased()) {
            name = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(name.lowercased())
        return name
    }
}
