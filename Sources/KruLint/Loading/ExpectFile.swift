import KruCore
import KruPack

/// `graders/<id>/wrong/<name>.expect.yaml`: the checks a known-wrong sample
/// fails (`fails: [check-id, ...]`) and what it gets wrong (`mistake: {en, km}`).
/// Schema: `schemas/expect.schema.json`.
struct ExpectFile: Sendable {
    /// A declared check id and where it is written.
    struct Declared: Sendable {
        var id: String
        var location: SourceLocation
    }

    static let keys = ["fails", "mistake"]

    /// The declared failing checks; `nil` when the file does not say (a problem is recorded).
    var fails: [Declared]?
    /// Where the `fails` list is (for messages about the whole list).
    var failsLocation: SourceLocation
    /// Mistakes in the file's shape, each with its place.
    var problems: [Finding]

    init(file: YAMLFile) {
        var problems: [Finding] = []
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        failsLocation = start
        func problem(_ location: SourceLocation, _ en: String, _ km: String, notes: [LocalizedText] = []) {
            problems.append(Finding(
                id: ExpectFileRule.info.id, severity: .error, message: LocalizedText(en: en, km: km),
                location: location, notes: notes))
        }
        guard let root = file.root else {
            let (location, message) = file.problem ?? (start, "the file is empty")
            problem(location, message, "ឯកសារនេះមិនអាចអានបានទេ៖ \(message)")
            self.problems = problems
            return
        }
        guard let entries = root.entries else {
            problem(
                root.location, "an expect file must be a mapping with `fails:` and `mistake:`",
                "ឯកសារ expect ត្រូវតែជា mapping ដែលមាន `fails:` និង `mistake:`")
            self.problems = problems
            return
        }
        for entry in entries where !Self.keys.contains(entry.key) {
            var notes: [LocalizedText] = []
            if let suggestion = Suggestion.closest(to: entry.key, among: Self.keys) {
                notes.append(LocalizedText(en: "did you mean `\(suggestion)`?", km: "តើអ្នកចង់សរសេរ `\(suggestion)` មែនទេ?"))
            }
            problem(
                entry.keyLocation, "unknown key `\(entry.key)` in an expect file; it knows `fails` and `mistake`",
                "មិនស្គាល់ key `\(entry.key)` ក្នុងឯកសារ expect; វាស្គាល់តែ `fails` និង `mistake`", notes: notes)
        }
        if let failsNode = root["fails"] {
            failsLocation = failsNode.location
            if let items = failsNode.items {
                var declared: [Declared] = []
                for item in items {
                    guard let id = item.scalar, !item.isNull else {
                        problem(item.location, "`fails:` must list check ids", "`fails:` ត្រូវតែរាយ id នៃការត្រួតពិនិត្យ")
                        continue
                    }
                    declared.append(Declared(id: id, location: item.location))
                }
                if items.isEmpty {
                    problem(
                        failsNode.location, "`fails:` is empty: a known-wrong sample must fail at least one check",
                        "`fails:` ទទេ៖ គំរូខុសត្រូវតែធ្លាក់ការត្រួតពិនិត្យយ៉ាងហោចណាស់មួយ")
                }
                fails = declared
            } else {
                problem(
                    failsNode.location, "`fails:` must be a list of check ids, like `fails: [one-h1, title]`",
                    "`fails:` ត្រូវតែជាបញ្ជី id នៃការត្រួតពិនិត្យ ដូចជា `fails: [one-h1, title]`")
            }
        } else {
            problem(
                root.location, "missing `fails:`, the list of checks this sample fails",
                "ខ្វះ `fails:` ដែលជាបញ្ជីការត្រួតពិនិត្យដែលគំរូនេះធ្លាក់")
        }
        if let mistake = root["mistake"], mistake.entries == nil {
            problem(
                mistake.location, "`mistake:` must be a text in both languages: `{en: …, km: …}`",
                "`mistake:` ត្រូវតែជាអត្ថបទជាពីរភាសា៖ `{en: …, km: …}`")
        } else if root["mistake"] == nil {
            problem(
                root.location, "missing `mistake: {en: …, km: …}`, what this sample gets wrong",
                "ខ្វះ `mistake: {en: …, km: …}` ដែលពន្យល់ថាគំរូនេះខុសអ្វី")
        }
        self.problems = problems
    }
}
