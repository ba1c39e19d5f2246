import Foundation
import KruTestSupport
import KruLint
import Testing
import Yams

/// schemas/exercise.schema.json, puzzle.schema.json and expect.schema.json
/// tell the truth: every bundled file validates, the fixture mistakes do not,
/// and the schemas use only keywords the test validator knows.
struct SchemaTests {
    static func schema(_ name: String) -> JSONSchemaSubset {
        let data = (try? Data(contentsOf: repositoryRoot.appendingPathComponent("schemas/\(name).schema.json"))) ?? Data()
        return JSONSchemaSubset(root: (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:])
    }

    /// Files under `folder` (relative to `root`) whose names pass `select`.
    static func files(under folder: String, in root: URL = repositoryRoot, _ select: (String) -> Bool) -> [URL] {
        let base = root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { select($0.lastPathComponent) }.sorted { $0.path < $1.path }
    }

    static func load(_ url: URL) throws -> Any {
        try #require(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)))
    }

    @Test(arguments: ["exercise", "puzzle", "expect"]) func schemaIsDraft2020AndUsesOnlyKnownKeywords(_ name: String) {
        let schema = Self.schema(name)
        #expect(schema.root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema.unknownKeywords().isEmpty)
    }

    @Test func bundledFilesValidate() throws {
        let checks: [(String, String, (String) -> Bool)] = [
            ("exercise", "exercises", { $0 == "exercise.yaml" }),
            ("puzzle", "graders", { $0 == "puzzle.yaml" }),
            ("expect", "graders", { $0.hasSuffix(".expect.yaml") }),
        ]
        for (name, folder, select) in checks {
            let urls = Self.files(under: folder, select)
            #expect(urls.count >= 10, "\(name)")
            for url in urls {
                #expect(Self.schema(name).validate(try Self.load(url)) == [], "\(url.path)")
            }
        }
    }

    static let exerciseHead = "title: {en: A page, km: ទំព័រ}\ninstructions: {en: Do it., km: ធ្វើវា។}\n"
    static let map = "map: |\n  #>.F#\n"

    /// Exercise files the schema and `kru lint` both accept (`true`) or both refuse (`false`).
    static let exerciseSamples: [(String, Bool)] = [
        ("kind: web\n" + exerciseHead, true),
        ("kind: css\n" + exerciseHead + "submission: folder\nsummary: {en: S, km: ស}\nhints: [{en: H, km: ហ}]\n", true),
        ("kind: maze\n" + exerciseHead + "story: {en: S, km: ស}\n" + map, true),
        ("kind: web\n" + exerciseHead + map, false),
        ("kind: web\n" + exerciseHead + "story: {en: S, km: ស}\n", false),
        ("kind: maze\n" + exerciseHead + map + "submission: file\n", false),
        ("kind: page\n" + exerciseHead, false),
        ("kind: web\n" + exerciseHead + "submission: zip\n", false),
        ("kind: web\n" + exerciseHead + "hint: [{en: H, km: ហ}]\n", false),
        ("kind: web\ntitle: {en: A page, km: ទំព័រ}\n", false),
        ("kind: web\ntitle: {en: A page}\ninstructions: {en: Do it., km: ធ្វើវា។}\n", false),
        ("kind: web\ntitle: A page\ninstructions: {en: Do it., km: ធ្វើវា។}\n", false),
    ]

    @Test func exerciseSchemaAndLintAgree() throws {
        let schema = Self.schema("exercise")
        for (yaml, valid) in Self.exerciseSamples {
            let pack = try TemporaryPack(copying: "clean")
            defer { pack.remove() }
            let id = yaml.hasPrefix("kind: maze") ? "maze/01-line" : "web/01-page"
            try pack.write("exercises/\(id)/exercise.yaml", yaml)
            let report = try Linter().lint(packAt: pack.root)
            let lintAccepts = !report.findings.contains { $0.rule == "exercise-file" || $0.rule == "bilingual-text" }
            let schemaAccepts = schema.validate(try #require(try Yams.load(yaml: yaml))).isEmpty
            #expect(lintAccepts == valid, "lint on: \(yaml)")
            #expect(schemaAccepts == valid, "schema on: \(yaml)")
        }
    }

    @Test func cleanFixturesValidateAndMisspeltKeysDoNot() throws {
        let clean = fixturePack("clean")
        let broken = fixturePack("broken")
        let cases: [(String, URL, Bool)] = [
            ("exercise", clean.appendingPathComponent("exercises/web/01-page/exercise.yaml"), true),
            ("exercise", clean.appendingPathComponent("exercises/maze/01-line/exercise.yaml"), true),
            ("puzzle", clean.appendingPathComponent("graders/maze/01-line/puzzle.yaml"), true),
            ("expect", clean.appendingPathComponent("graders/web/01-page/wrong/no-h1.expect.yaml"), true),
            ("exercise", broken.appendingPathComponent("exercises/web/exercise-file/exercise.yaml"), false),
            ("exercise", broken.appendingPathComponent("exercises/maze/puzzle-map/exercise.yaml"), true),  // map shape only
            ("puzzle", broken.appendingPathComponent("graders/maze/puzzle-file/puzzle.yaml"), false),
        ]
        for (schema, url, valid) in cases {
            #expect(Self.schema(schema).validate(try Self.load(url)).isEmpty == valid, "\(url.path)")
        }
        let refused: [(String, String)] = [
            ("expect", "fails: []\nmistake: {en: A, km: ក}"),
            ("expect", "fails: [Bad_Id]\nmistake: {en: A, km: ក}"),
            ("expect", "fails: [a]"),
            ("puzzle", "ideal: 0"),
            ("puzzle", "ideal: 2\nrequires: while"),
            ("exercise", "kind: maze\ntitle: {en: A, km: ក}\ninstructions: {en: A, km: ក}\nmap: \"#>x F#\""),
            ("exercise", "kind: web\ntitle: {en: A}\ninstructions: {en: A, km: ក}"),
        ]
        for (schema, yaml) in refused {
            #expect(!Self.schema(schema).validate(try #require(try Yams.load(yaml: yaml))).isEmpty, "\(yaml)")
        }
    }
}
