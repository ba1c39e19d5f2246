import Foundation
import KruCore
import KruPack
import KruReports

/// How a cohort's submissions are laid out on disk (detected automatically).
public enum CohortLayout: String, Sendable, Hashable {
    /// `COHORT/<student>/<exercise id>/…` or `COHORT/<student>/<exercise id>.html|.xml|.json|.txt|.zip`.
    case folder
    /// An unpacked Moodle "Download all submissions" folder: `Full Name_123456_assignsubmission_file_/…`.
    case moodleFolder = "moodle-folder"
    /// The Moodle "Download all submissions" zip itself.
    case moodleZip = "moodle-zip"
}

/// Where a submission's files are, read only when it is graded.
public enum SubmissionSource: Sendable, Hashable {
    /// A file or folder on disk.
    case path(URL)
    /// Entries of a zip on disk: entry path → path inside the submission.
    case zipEntries(archive: URL, entries: [String: String])
    /// Loose files on disk: path inside the submission → file (Moodle's flat download).
    case files([String: URL])
    /// Files already in memory (tests, benchmarks).
    case memory(SubmissionFiles)
}

/// A submission found in the cohort, waiting to be graded.
public struct PendingSubmission: Sendable {
    public var student: CohortStudent
    public var exercise: Exercise
    public var source: SubmissionSource
    /// Human-readable place it came from, for messages and reports.
    public var origin: String

    public init(student: CohortStudent, exercise: Exercise, source: SubmissionSource, origin: String) {
        self.student = student
        self.exercise = exercise
        self.source = source
        self.origin = origin
    }
}

/// Something in the cohort that is not a submission (a stray file, a student
/// missing from the roster); reported to the mentor, never silently dropped.
public struct CohortProblem: Sendable, Hashable {
    /// The student it concerns, when there is one.
    public var student: String?
    public var file: String
    public var message: LocalizedText

    public init(student: String?, file: String, message: LocalizedText) {
        self.student = student
        self.file = file
        self.message = message
    }
}

/// Everything found in a cohort: students, their submissions, and what could not be used.
public struct Cohort: Sendable {
    public var root: URL
    public var layout: CohortLayout
    /// Every student, in report order (roster order first, then by name).
    public var students: [CohortStudent]
    /// The exercises of the run, sorted by id.
    public var exercises: [Exercise]
    public var submissions: [PendingSubmission]
    /// Submissions that cannot be read (duplicates, unsafe zips …): `error` rows.
    public var errors: [CohortRow]
    public var problems: [CohortProblem]

    public init(
        root: URL, layout: CohortLayout, students: [CohortStudent], exercises: [Exercise],
        submissions: [PendingSubmission], errors: [CohortRow], problems: [CohortProblem]
    ) {
        self.root = root
        self.layout = layout
        self.students = students
        self.exercises = exercises
        self.submissions = submissions
        self.errors = errors
        self.problems = problems
    }

    /// Rows for every student × exercise with neither a submission nor an error.
    public var missingRows: [CohortRow] {
        var present = Set<String>()
        for submission in submissions { present.insert(submission.student.key + "\u{0}" + submission.exercise.id) }
        for row in errors { present.insert(row.student.key + "\u{0}" + row.exercise) }
        var rows: [CohortRow] = []
        for student in students {
            for exercise in exercises where !present.contains(student.key + "\u{0}" + exercise.id) {
                rows.append(CohortRow(student: student, exercise: exercise.id, outcome: .missing, origin: ""))
            }
        }
        return rows
    }
}
