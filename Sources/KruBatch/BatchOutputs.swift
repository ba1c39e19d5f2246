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

    public init(directory: URL, formats: Set<OutputFormat> = Set(OutputFormat.allCases), gradescope: Bool = false, mentorLanguage: Language) {
        self.directory = directory
        self.formats = formats
        self.gradescope = gradescope
        self.mentorLanguage = mentorLanguage
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
        var first = true
        var current: [CohortRow] = []

        func flushStudent() throws(BatchError) {
            guard let student = current.first?.student else { return }
            let rows = current
            current = []
            let safe = fileNames.unique(student.key)
            var link: String?
            if formats.contains(.html) {
                link = "students/\(safe).html"
                let page = HTMLReport.page(student: student, rows: rows, exercises: exercises, date: date)
                try AtomicFile.write(page, to: out.appendingPathComponent(link!))
            }
            summary.add(student: student, rows: rows, report: link)
            try gradebookFile?.append(gradebook.line(student: student, rows: rows))
            for row in rows {
                if let (worksheet, file) = moodleFiles[row.exercise] { try file.append(worksheet.line(row)) }
                if options.gradescope, let object = GradescopeResults.object(for: row) {
                    let url = out.appendingPathComponent("gradescope").appendingPathComponent(safe)
                        .appendingPathComponent(row.exercise).appendingPathComponent("results.json")
                    try AtomicFile.write(JSONText.compact(object) + "\n", to: url)
                }
            }
            try jsonFile?.append(RunJSON.student(student, rows: rows, first: first))
            first = false
        }

        try store.forEachRow(run: run.id) { (row: CohortRow) throws(BatchError) in
            if let last = current.last, last.student.key != row.student.key { try flushStudent() }
            current.append(row)
        }
        try flushStudent()

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
