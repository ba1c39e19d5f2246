import Foundation
import KruCore

/// A class list: who the students are, how they are named, which language
/// they read. Students on the roster who submitted nothing still get a row.
///
/// The file is CSV (comma, semicolon or tab), UTF-8 with or without a
/// byte-order mark, with a header row. Columns are found by their header
/// (case and spacing ignored):
/// - id: `id`, `student id`, `identifier`, `id number`, `username`, `participant`, `អត្តលេខ`, `លេខសម្គាល់`
/// - name: `name`, `full name`, `student`, `student name`, `ឈ្មោះ`
/// - language: `language`, `lang`, `preferred language`, `ភាសា` (values `en`/`km`/`English`/`Khmer`/`ខ្មែរ`)
/// At least an id or a name column is needed. Names are kept exactly as written.
public struct Roster: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var id: String?
        public var name: String
        public var language: Language?

        public init(id: String?, name: String, language: Language?) {
            self.id = id
            self.name = name
            self.language = language
        }
    }

    public var entries: [Entry]
    /// The file the roster came from.
    public var file: String

    public init(entries: [Entry], file: String) {
        self.entries = entries
        self.file = file
    }

    static let idHeaders: Set<String> = ["id", "studentid", "identifier", "idnumber", "username", "participant", "participantid", "អត្តលេខ", "លេខសម្គាល់", "លេខ"]
    static let nameHeaders: Set<String> = ["name", "fullname", "student", "studentname", "ឈ្មោះ", "នាម", "ឈ្មោះសិស្ស"]
    static let languageHeaders: Set<String> = ["language", "lang", "preferredlanguage", "ភាសា"]

    /// Reads a roster file.
    public static func load(_ url: URL) throws(BatchError) -> Roster {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BatchError(
                en: "\(url.path): cannot read the roster; check the path",
                km: "\(url.path): មិនអាចអានបញ្ជីឈ្មោះបានទេ; សូមពិនិត្យផ្លូវ")
        }
        return try parse(data, file: url.path)
    }

    /// Parses roster bytes (UTF-8, optional BOM).
    public static func parse(_ data: Data, file: String) throws(BatchError) -> Roster {
        let text: String
        switch TextDecoding.decode(data) {
        case .success(let decoded): text = decoded
        case .failure(let failure): throw BatchError(TextDecoding.message(failure, file: file))
        }
        let rows = CSVReader.rows(text)
        guard let header = rows.first else {
            throw BatchError(
                en: "\(file): the roster is empty; give it a header row and one row per student",
                km: "\(file): បញ្ជីឈ្មោះទទេ; សូមដាក់ជួរក្បាលមួយ និងជួរមួយសម្រាប់សិស្សម្នាក់ៗ")
        }
        let keys = header.map(normalizeHeader)
        let idColumn = keys.firstIndex { idHeaders.contains($0) }
        let nameColumn = keys.firstIndex { nameHeaders.contains($0) }
        let languageColumn = keys.firstIndex { languageHeaders.contains($0) }
        guard idColumn != nil || nameColumn != nil else {
            let columns = header.joined(separator: ",")
            throw BatchError(
                en: "\(file): no id or name column in the header \"\(columns)\"; name the columns for example id,name,language",
                km: "\(file): គ្មានជួរឈរអត្តលេខ ឬឈ្មោះនៅក្នុងជួរក្បាល \"\(columns)\" ទេ; សូមដាក់ឈ្មោះជួរឈរ ឧទាហរណ៍ id,name,language")
        }
        var entries: [Entry] = []
        var seenIDs = Set<String>()
        for (offset, row) in rows.dropFirst().enumerated() {
            func cell(_ column: Int?) -> String? {
                guard let column, column < row.count else { return nil }
                let value = row[column].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            let id = cell(idColumn)
            guard let name = cell(nameColumn) ?? id else { continue }
            var language: Language?
            if let value = cell(languageColumn) {
                language = Language(localeIdentifier: value) ?? (value.hasPrefix("ខ្មែរ") ? .khmer : nil)
                if language == nil {
                    throw BatchError(
                        en: "\(file):\(offset + 2): unknown language \"\(value)\"; use en or km",
                        km: "\(file):\(offset + 2): មិនស្គាល់ភាសា \"\(value)\" ទេ; សូមប្រើ en (អង់គ្លេស) ឬ km (ខ្មែរ)")
                }
            }
            if let id {
                guard !seenIDs.contains(id) else {
                    throw BatchError(
                        en: "\(file):\(offset + 2): the id \"\(id)\" is on the roster twice; each student once",
                        km: "\(file):\(offset + 2): អត្តលេខ \"\(id)\" មាននៅក្នុងបញ្ជីឈ្មោះពីរដង; សិស្សម្នាក់ៗត្រូវមានតែម្ដង")
                }
                seenIDs.insert(id)
            }
            entries.append(Entry(id: id, name: name, language: language))
        }
        return Roster(entries: entries, file: file)
    }

    static func normalizeHeader(_ header: String) -> String {
        String(header.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "." && $0 != "\u{FEFF}" })
    }

    /// The entry a folder name or Moodle participant refers to: by id, then
    /// by exact name, then by name ignoring case and surrounding spaces.
    public func entry(id: String?, name: String?) -> Entry? {
        if let id, let match = entries.first(where: { $0.id == id }) { return match }
        guard let name else { return nil }
        if let match = entries.first(where: { $0.name == name || $0.id == name }) { return match }
        let folded = name.trimmingCharacters(in: .whitespaces).lowercased()
        return entries.first { $0.name.lowercased() == folded }
    }
}

/// A problem that stops a batch run before it starts (exit code 2).
public struct BatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong and what to do, in the mentor's languages; file
    /// paths, ids and system error texts appear as they are in both.
    public var message: LocalizedText
    /// The run was stopped on request (Ctrl-C); what it finished is committed.
    public var interrupted: Bool

    public init(_ message: LocalizedText, interrupted: Bool = false) {
        self.message = message
        self.interrupted = interrupted
    }

    public init(en: String, km: String, interrupted: Bool = false) {
        self.init(LocalizedText(en: en, km: km), interrupted: interrupted)
    }

    /// The English message (for logs and tests).
    public var description: String { message.en }
}
