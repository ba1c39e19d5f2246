import Foundation
import KruTestSupport
import Testing

/// schemas/check-result.schema.json tells the truth about `kru check --format json`.
@Suite struct CheckResultSchemaTests {
    static var schema: Result<JSONSchemaSubset, any Error> {
        Result { try JSONSchemaSubset(contentsOf: CLIRunner.packageRoot.appendingPathComponent("schemas/check-result.schema.json")) }
    }

    func problems(_ arguments: [String]) throws -> [String] {
        let output = try CLIRunner.run(["check"] + arguments + ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        return try Self.schema.get().validate(object)
    }

    @Test func schemaUsesOnlyKnownKeywords() throws {
        #expect(try Self.schema.get().unknownKeywords().isEmpty)
    }

    @Test func webResultInBothLanguagesValidates() throws {
        let page = try CheckCommandTests.write(CheckCommandTests.page)
        #expect(try problems(["web/01-first-page", page.path]) == [])
        #expect(try problems(["web/01-first-page", page.path, "--lang", "km"]) == [])
        let solution = CLIRunner.packageRoot.appendingPathComponent("graders/web/09-two-pages/solution")
        #expect(try problems(["web/09-two-pages", solution.path]) == [])
    }

    @Test func puzzleResultsValidate() throws {
        for program in ["repeat 4 { forward }\n", "forward\nforward\nforward\n", "forward\nturn left\n", "jump\n"] {
            let file = try CheckCommandTests.write(program, name: "program.txt")
            #expect(try problems(["maze/03-repeat", file.path]) == [], "\(program)")
        }
    }

    @Test func ungradableResultValidates() throws {
        let file = try CheckCommandTests.write("", name: "index.html")
        try Data([0, 1, 2, 3, 0xFF, 0xD8, 0, 0]).write(to: file)
        #expect(try problems(["web/01-first-page", file.path]) == [])
    }

    @Test func schemaRefusesWhatKruNeverWrites() throws {
        let schema = try Self.schema.get()
        #expect(!schema.validate(["schemaVersion": 1, "exercise": "x"]).isEmpty)
        #expect(!schema.validate([
            "schemaVersion": 1, "exercise": "x", "title": "t", "language": "fr", "passed": true,
            "score": 0, "maxScore": 0, "checks": [] as [Any], "diagnostics": [] as [Any],
        ]).isEmpty)
    }
}
