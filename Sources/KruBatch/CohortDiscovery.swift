import Foundation
import KruCore
import KruPack
import KruReports
import ZIPFoundation

/// Finds the students and submissions of a cohort, whatever its layout
/// (see ``CohortLayout``); reads only names here, never file contents.
public enum CohortDiscovery {
    /// File endings a one-file submission may have in a cohort folder.
    public static let submissionExtensions: Set<String> = ["html", "htm", "xml", "json", "txt", "zip"]

    /// Discovers a cohort at `url` (a folder or a Moodle zip).
    /// - Parameters:
    ///   - exercise: the exercise every submission is for (needed for Moodle layouts).
    ///   - roster: names, ids and languages of the students; roster students who submitted nothing get rows.
    ///   - language: the report language of students the roster does not set.
    public static func discover(
        _ url: URL, pack: Pack, exercise exerciseID: String?, roster: Roster?, language: Language
    ) throws(BatchError) -> Cohort {
        var fixed: Exercise?
        if let exerciseID {
            do { fixed = try pack.exercise(exerciseID) } catch { throw BatchError(error.message) }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw BatchError(
                en: "\(url.path): no such file or folder; give the cohort folder or a Moodle submissions zip",
                km: "\(url.path): គ្មានឯកសារ ឬថតនៅទីនេះទេ; សូមផ្ដល់ថតរបស់ថ្នាក់ ឬឯកសារ zip នៃការដាក់ស្នើពី Moodle")
        }
        var builder = Builder(roster: roster, language: language, pack: pack)
        let layout: CohortLayout
        if !isDirectory.boolValue {
            guard url.pathExtension.lowercased() == "zip" else {
                throw BatchError(
                    en: "\(url.path): a cohort is a folder of student folders, or a Moodle submissions .zip",
                    km: "\(url.path): ថ្នាក់មួយគឺជាថតដែលមានថតរបស់សិស្សម្នាក់ៗ ឬឯកសារ .zip នៃការដាក់ស្នើពី Moodle")
            }
            guard let fixed else {
                throw BatchError(
                    en: "\(url.path): a Moodle zip holds one assignment; say which exercise with --exercise ID",
                    km: "\(url.path): zip ពី Moodle មានកិច្ចការតែមួយ; សូមប្រាប់ថាជាលំហាត់មួយណាដោយប្រើ --exercise ID")
            }
            layout = .moodleZip
            try builder.scanMoodleZip(url, exercise: fixed)
        } else {
            let children = visibleChildren(url)
            if children.contains(where: { MoodleName(parsing: $0.lastPathComponent) != nil }) {
                guard let fixed else {
                    throw BatchError(
                        en: "\(url.path): this is a Moodle download (one assignment); say which exercise with --exercise ID",
                        km: "\(url.path): នេះជាការទាញយកពី Moodle (កិច្ចការតែមួយ); សូមប្រាប់ថាជាលំហាត់មួយណាដោយប្រើ --exercise ID")
                }
                layout = .moodleFolder
                builder.scanMoodleFolder(children, exercise: fixed)
            } else {
                layout = .folder
                builder.scanCohortFolder(children, exercise: fixed)
            }
        }
        return builder.finish(root: url, layout: layout, fixed: fixed)
    }

    static func visibleChildren(_ url: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "__MACOSX" }.sorted().map { url.appendingPathComponent($0) }
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// `Full Name_123456_assignsubmission_file_` (a folder) or
/// `Full Name_123456_assignsubmission_file_index.html` (Moodle's flat download).
struct MoodleName: Hashable {
    var fullName: String
    var participant: String
    /// `file`, `onlinetext` …
    var plugin: String
    /// The file name after the prefix, in the flat download; empty for folders.
    var rest: String

    init?(parsing name: String) {
        guard let marker = name.range(of: "_assignsubmission_") ?? name.range(of: "_assignfeedback_") else { return nil }
        let before = name[..<marker.lowerBound]
        guard let underscore = before.lastIndex(of: "_") else { return nil }
        let id = before[before.index(after: underscore)...]
        guard !id.isEmpty, id.allSatisfy(\.isASCII), id.allSatisfy(\.isNumber) else { return nil }
        let after = name[marker.upperBound...]
        let plugin = after.prefix { $0 != "_" }
        self.fullName = String(before[..<underscore])
        self.participant = String(id)
        self.plugin = String(plugin)
        self.rest = String(after.dropFirst(plugin.count).drop { $0 == "_" })
    }
}

extension CohortDiscovery {
    /// Collects students, submissions and problems while scanning.
    struct Builder {
        let roster: Roster?
        let language: Language
        let pack: Pack
        let exerciseIDs: Set<String>
        var students: [String: CohortStudent] = [:]
        /// Folders (or Moodle names) each student key was found under.
        var sources: [String: [String]] = [:]
        var submissions: [PendingSubmission] = []
        var errors: [CohortRow] = []
        var problems: [CohortProblem] = []

        init(roster: Roster?, language: Language, pack: Pack) {
            self.roster = roster
            self.language = language
            self.pack = pack
            self.exerciseIDs = Set(pack.exercises.map(\.id))
        }

        /// The student a folder (or Moodle participant) belongs to, registering it.
        mutating func student(source: String, id: String?, name: String) -> CohortStudent {
            let entry = roster?.entry(id: id, name: name)
            let key = entry.map { $0.id ?? $0.name } ?? id ?? Self.foldKey(name)
            var student = CohortStudent(
                key: key, name: entry?.name ?? name, language: entry?.language ?? language, participant: id ?? entry?.id)
            if let existing = students[key] { student = existing }
            students[key] = student
            if !(sources[key] ?? []).contains(source) { sources[key, default: []].append(source) }
            if let roster, entry == nil, sources[key]?.count == 1 {
                problems.append(CohortProblem(
                    student: key, file: source,
                    message: LocalizedText(
                        en: "\"\(name)\" is not on the roster \(roster.file); graded under the folder's name",
                        km: "\"\(name)\" មិនមាននៅក្នុងបញ្ជីឈ្មោះ \(roster.file) ទេ; បានដាក់ពិន្ទុក្រោមឈ្មោះថត")))
            }
            return student
        }

        /// Folder names that differ only by case, spacing or Unicode normalization are one student.
        static func foldKey(_ name: String) -> String {
            name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces).lowercased()
        }

        /// `student key NUL exercise id` → index in `submissions` (nil once turned into an error).
        var taken: [String: Int?] = [:]
        var dropped = Set<Int>()

        mutating func add(_ student: CohortStudent, _ exercise: Exercise, _ source: SubmissionSource, origin: String) {
            let key = student.key + "\u{0}" + exercise.id
            if let existing = taken[key] {
                guard let index = existing else { return }
                dropped.insert(index)
                taken[key] = .some(nil)
                errors.append(CohortRow(
                    student: student, exercise: exercise.id,
                    outcome: .error(file: origin, message: LocalizedText(
                        en: "two submissions for \(exercise.id): \(submissions[index].origin) and \(origin); keep only one",
                        km: "មានការដាក់ស្នើពីរសម្រាប់ \(exercise.id): \(submissions[index].origin) និង \(origin); សូមទុកតែមួយ")),
                    origin: origin))
                return
            }
            taken[key] = submissions.count
            submissions.append(PendingSubmission(student: student, exercise: exercise, source: source, origin: origin))
        }

        func exercise(_ id: String) -> Exercise? { pack.exercises.first { $0.id == id } }

        // MARK: cohort folder

        mutating func scanCohortFolder(_ children: [URL], exercise fixed: Exercise?) {
            for child in children {
                let name = child.lastPathComponent
                if !CohortDiscovery.isDirectory(child) {
                    // A roster or other spreadsheet, or the mentor's notes (README.md), beside the
                    // student folders are not submissions.
                    if ["csv", "md"].contains(child.pathExtension.lowercased()) { continue }
                    let stem = (name as NSString).deletingPathExtension
                    if let fixed, CohortDiscovery.submissionExtensions.contains(child.pathExtension.lowercased()) {
                        let student = student(source: name, id: nil, name: stem)
                        add(student, fixed, .path(child), origin: name)
                    } else {
                        problems.append(CohortProblem(
                            student: nil, file: name,
                            message: LocalizedText(
                                en: "not inside a student folder; put each student's work in COHORT/<student>/<exercise id>",
                                km: "មិននៅក្នុងថតសិស្សទេ; សូមដាក់ការងាររបស់សិស្សម្នាក់ៗក្នុង COHORT/<សិស្ស>/<លេខលំហាត់>")))
                    }
                    continue
                }
                let student = student(source: name, id: nil, name: name)
                let before = submissions.count + errors.count
                scanStudent(child, relative: "", student: student, display: name, fixed: fixed)
                if let fixed, submissions.count + errors.count == before, !CohortDiscovery.visibleChildren(child).isEmpty {
                    // With --exercise, a student folder without the exercise path is the submission itself.
                    problems.removeAll { $0.student == student.key && $0.file.hasPrefix(name + "/") }
                    add(student, fixed, .path(child), origin: name + "/")
                }
            }
        }

        mutating func scanStudent(_ folder: URL, relative: String, student: CohortStudent, display: String, fixed: Exercise?) {
            for child in CohortDiscovery.visibleChildren(folder) {
                let name = child.lastPathComponent
                let origin = "\(display)/\(relative)\(name)"
                if CohortDiscovery.isDirectory(child) {
                    let id = relative + name
                    if exerciseIDs.contains(id), let exercise = exercise(id) {
                        add(student, exercise, .path(child), origin: origin + "/")
                    } else if exerciseIDs.contains(where: { $0.hasPrefix(id + "/") }) {
                        scanStudent(child, relative: id + "/", student: student, display: display, fixed: fixed)
                    } else {
                        unknown(origin + "/", id: id, student: student)
                    }
                } else {
                    let ext = child.pathExtension.lowercased()
                    let id = relative + (name as NSString).deletingPathExtension
                    if CohortDiscovery.submissionExtensions.contains(ext), exerciseIDs.contains(id), let exercise = exercise(id) {
                        add(student, exercise, .path(child), origin: origin)
                    } else {
                        unknown(origin, id: id, student: student)
                    }
                }
            }
        }

        mutating func unknown(_ origin: String, id: String, student: CohortStudent) {
            var en = "\(origin) is not an exercise of the pack"
            var km = "\(origin) មិនមែនជាលំហាត់នៃកញ្ចប់ទេ"
            if let suggestion = Suggestion.closest(to: id, among: Array(exerciseIDs)) {
                en += "; did you mean \(suggestion)?"
                km += "; តើអ្នកចង់និយាយថា \(suggestion) មែនទេ?"
            } else {
                en += "; name it after an exercise id (`kru list` shows them)"
                km += "; សូមដាក់ឈ្មោះតាមលេខលំហាត់ (`kru list` បង្ហាញវា)"
            }
            problems.append(CohortProblem(student: student.key, file: origin, message: LocalizedText(en: en, km: km)))
        }

        // MARK: Moodle

        mutating func scanMoodleFolder(_ children: [URL], exercise: Exercise) {
            var flat: [String: (MoodleName, [String: URL])] = [:]
            for child in children {
                let name = child.lastPathComponent
                guard let moodle = MoodleName(parsing: name) else {
                    problems.append(CohortProblem(
                        student: nil, file: name,
                        message: LocalizedText(
                            en: "not a Moodle submission folder (Full Name_123456_assignsubmission_file_); skipped",
                            km: "មិនមែនជាថតដាក់ស្នើរបស់ Moodle (Full Name_123456_assignsubmission_file_) ទេ; បានរំលង")))
                    continue
                }
                guard moodle.plugin == "file" else { continue }
                if CohortDiscovery.isDirectory(child) {
                    let student = student(source: name, id: moodle.participant, name: moodle.fullName)
                    add(student, exercise, .path(child), origin: name + "/")
                } else {
                    let key = moodle.participant + "\u{0}" + moodle.fullName
                    flat[key, default: (moodle, [:])].1[moodle.rest] = child
                }
            }
            for (_, (moodle, files)) in flat.sorted(by: { $0.key < $1.key }) {
                let source = "\(moodle.fullName)_\(moodle.participant)_assignsubmission_file_*"
                let student = student(source: source, id: moodle.participant, name: moodle.fullName)
                add(student, exercise, .files(files), origin: source)
            }
        }

        mutating func scanMoodleZip(_ url: URL, exercise: Exercise) throws(BatchError) {
            let archive: Archive
            do {
                archive = try Archive(url: url, accessMode: .read)
            } catch {
                throw BatchError(
                    en: "\(url.path): not a readable zip (corrupt or cut short); download it from Moodle again",
                    km: "\(url.path): មិនមែនជា zip ដែលអាចអានបានទេ (ខូច ឬមិនពេញលេញ); សូមទាញយកវាពី Moodle ម្ដងទៀត")
            }
            let zipName = url.lastPathComponent
            var groups: [String: (MoodleName, String, [String: String])] = [:]
            var refused: [String: (MoodleName, String, LocalizedText)] = [:]
            var order: [String] = []
            var entries = 0
            for entry in archive {
                entries += 1
                let path = entry.path.replacingOccurrences(of: "\\", with: "/")
                if ZipReading.isClutter(path) || entry.type == .directory { continue }
                let first = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? path
                guard let moodle = MoodleName(parsing: first), moodle.plugin == "file" else {
                    let problem = ZipReading.pathProblem(entry.path) ?? LocalizedText(
                        en: "not a Moodle submission entry; skipped", km: "មិនមែនជាធាតុដាក់ស្នើរបស់ Moodle ទេ; បានរំលង")
                    if MoodleName(parsing: first)?.plugin != nil, ZipReading.pathProblem(entry.path) == nil { continue }
                    problems.append(CohortProblem(student: nil, file: "\(zipName): \(entry.path)", message: problem))
                    continue
                }
                let isFlat = !path.contains("/")
                let folder = isFlat ? "\(moodle.fullName)_\(moodle.participant)_assignsubmission_file_" : first
                let key = moodle.participant + "\u{0}" + moodle.fullName
                if groups[key] == nil && refused[key] == nil { order.append(key) }
                if let problem = ZipReading.pathProblem(entry.path) {
                    refused[key] = (moodle, folder, problem)
                    continue
                }
                let inner = isFlat ? moodle.rest : String(path.dropFirst(first.count + 1))
                guard !inner.isEmpty else { continue }
                groups[key, default: (moodle, folder, [:])].2[entry.path] = inner
            }
            if entries == 0 {
                throw BatchError(
                    en: "\(url.path): the zip is empty or not a zip; download it from Moodle again",
                    km: "\(url.path): zip នេះទទេ ឬមិនមែនជា zip ទេ; សូមទាញយកវាពី Moodle ម្ដងទៀត")
            }
            for key in order {
                if let (moodle, folder, problem) = refused[key] {
                    let student = student(source: folder, id: moodle.participant, name: moodle.fullName)
                        taken[student.key + "\u{0}" + exercise.id] = .some(nil)
                    errors.append(CohortRow(
                        student: student, exercise: exercise.id,
                        outcome: .error(file: "\(zipName): \(folder)", message: problem), origin: "\(zipName): \(folder)"))
                } else if let (moodle, folder, wanted) = groups[key] {
                    let student = student(source: folder, id: moodle.participant, name: moodle.fullName)
                    add(student, exercise, .zipEntries(archive: url, entries: wanted), origin: "\(zipName): \(folder)")
                }
            }
        }

        // MARK: result

        mutating func finish(root: URL, layout: CohortLayout, fixed: Exercise?) -> Cohort {
            if !dropped.isEmpty {
                submissions = submissions.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
            }
            // A student found under two different folders: which one is theirs is unclear.
            for (key, folders) in sources where folders.count > 1 {
                let message = LocalizedText(
                    en: "one student, several folders: \(folders.joined(separator: ", ")); keep one folder per student",
                    km: "សិស្សម្នាក់ មានថតច្រើន: \(folders.joined(separator: ", ")); សូមទុកថតតែមួយសម្រាប់សិស្សម្នាក់")
                var exercises = Set(submissions.filter { $0.student.key == key }.map(\.exercise.id))
                exercises.formUnion(errors.filter { $0.student.key == key }.map(\.exercise))
                if let fixed { exercises.insert(fixed.id) }
                submissions.removeAll { $0.student.key == key }
                errors.removeAll { $0.student.key == key }
                for exercise in exercises.sorted() {
                    errors.append(CohortRow(
                        student: students[key]!, exercise: exercise,
                        outcome: .error(file: folders.joined(separator: ", "), message: message),
                        origin: folders.joined(separator: ", ")))
                }
            }
            var ordered: [CohortStudent] = []
            var placed = Set<String>()
            for entry in roster?.entries ?? [] {
                let key = entry.id ?? entry.name
                guard !placed.contains(key) else { continue }
                placed.insert(key)
                ordered.append(students[key] ?? CohortStudent(
                    key: key, name: entry.name, language: entry.language ?? language, participant: entry.id))
            }
            let others = students.values.filter { !placed.contains($0.key) }.sorted {
                ($0.name, $0.key) < ($1.name, $1.key)
            }
            ordered += others
            var ids = Set(submissions.map(\.exercise.id)).union(errors.map(\.exercise))
            if let fixed { ids.insert(fixed.id) }
            let exercises = pack.exercises.filter { ids.contains($0.id) }
            return Cohort(
                root: root, layout: layout, students: ordered, exercises: exercises,
                submissions: submissions, errors: errors, problems: problems)
        }
    }
}
