import ArgumentParser
import Foundation
import KruBatch
import KruCore
import KruReports

/// `kru history STUDENT`: a student's progress over the recorded runs.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show a student's progress over every recorded `kru grade` run.",
        discussion: """
            STUDENT is the student's id (roster id or Moodle participant number), folder name or exact name.

            Examples:
              kru history s01 --db out/history.sqlite
              kru history "សុខ ចាន់ធា" --db out/history.sqlite --lang km
            """)

    @Argument(help: "The student: id, participant number, folder name or exact name.")
    var student: String

    @Option(name: .long, help: ArgumentHelp("The history database.", valueName: "path"))
    var db: String = "out/history.sqlite"

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = try language.resolve()
        guard FileManager.default.fileExists(atPath: db) else {
            throw CLIError.usage(Self.noDatabase.filling(["db": db]).text(language))
        }
        let entries: [HistoryStore.HistoryEntry]
        do {
            entries = try HistoryStore(path: db).history(student: student)
        } catch {
            throw CLIError.usage(error.message.text(language))
        }
        guard let first = entries.first else {
            throw CLIError.usage(Self.unknownStudent.filling(["student": student, "db": db]).text(language))
        }
        print(HistoryReport.render(student: first.student, entries: entries, language: language), terminator: "")
    }

    static let noDatabase = LocalizedText(
        en: "{db}: no history database here; run kru grade first or pass --db PATH",
        km: "{db}: គ្មានមូលដ្ឋានទិន្នន័យប្រវត្តិនៅទីនេះទេ; សូមដំណើរការ kru grade ជាមុនសិន ឬប្រើ --db PATH")
    static let unknownStudent = LocalizedText(
        en: "no student \"{student}\" in {db}; use their id, folder name or exact name",
        km: "គ្មានសិស្ស \"{student}\" នៅក្នុង {db} ទេ; សូមប្រើអត្តលេខ ឈ្មោះថត ឬឈ្មោះពេញត្រឹមត្រូវរបស់គាត់")
}

/// The text of `kru history`: per exercise, each run's score, and the change since the first.
enum HistoryReport {
    static func render(student: CohortStudent, entries: [HistoryStore.HistoryEntry], language: Language) -> String {
        var out = "\(student.name) (\(student.key))\n"
        var byExercise: [String: [HistoryStore.HistoryEntry]] = [:]
        for entry in entries { byExercise[entry.exercise, default: []].append(entry) }
        for exercise in byExercise.keys.sorted() {
            out += "\n\(exercise)\n"
            let list = byExercise[exercise]!
            for entry in list {
                let date = String(entry.startedAt.prefix(16)).replacingOccurrences(of: "T", with: " ")
                var line = "  #\(entry.run)  \(date)  "
                switch entry.status {
                case "graded":
                    line += "\(ReportLabels.points(entry.score ?? 0))/\(ReportLabels.points(entry.maxScore ?? 0))"
                    if entry.passed == true { line += "  ✔" }
                case "error":
                    line += Self.error.text(language) + ": " + (entry.error?.text(language) ?? "")
                default:
                    line += Self.missing.text(language)
                }
                switch entry.runStatus {
                case "complete": break
                case "running": line += "  (" + Self.running.text(language) + ")"
                default: line += "  (" + Self.interrupted.text(language) + ")"
                }
                out += line + "\n"
            }
            let scores = list.compactMap(\.score)
            if scores.count >= 2, let firstScore = scores.first, let lastScore = scores.last {
                let change = lastScore - firstScore
                out += "  " + Self.change.filling(["change": (change >= 0 ? "+" : "") + ReportLabels.points(change)]).text(language) + "\n"
            }
        }
        return out
    }

    static let error = LocalizedText(en: "could not be graded", km: "មិនអាចដាក់ពិន្ទុបាន")
    static let missing = LocalizedText(en: "nothing submitted", km: "មិនបានដាក់ស្នើ")
    static let interrupted = LocalizedText(en: "run interrupted", km: "ការដំណើរការត្រូវបានរំខាន")
    static let running = LocalizedText(en: "run still in progress", km: "ការដំណើរការកំពុងបន្ត")
    static let change = LocalizedText(en: "change since the first run: {change} points", km: "ការប្រែប្រួលតាំងពីលើកដំបូង: {change} ពិន្ទុ")
}
