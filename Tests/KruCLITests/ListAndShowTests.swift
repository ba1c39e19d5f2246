import Foundation
import Testing

@Suite struct ListAndShowTests {
    @Test func listShowsBundledExercisesWithTitles() throws {
        let output = try CLIRunner.run(["list"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("web/01-first-page"))
        #expect(output.stdout.contains("My first web page"))
        let khmer = try CLIRunner.run(["list", "--lang", "km"])
        #expect(khmer.stdout.contains("web/01-first-page"))
        #expect(!khmer.stdout.contains("My first web page"))
    }

    @Test func showPrintsInstructionsAndStarterFiles() throws {
        let output = try CLIRunner.run(["show", "web/01-first-page"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("web/01-first-page — My first web page"))
        #expect(output.stdout.contains("starter/index.html"))
    }

    @Test func unknownExerciseIsAUsageErrorWithSuggestion() throws {
        let output = try CLIRunner.run(["show", "web/01-frist-page"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("did you mean web/01-first-page?"))
        let khmer = try CLIRunner.run(["check", "web/01-frist-page", "x.html", "--lang", "km"])
        #expect(khmer.status == 2)
        #expect(khmer.stderr.contains("តើអ្នកចង់និយាយ web/01-first-page មែនទេ?"))
    }

    @Test func badOptionIsAUsageError() throws {
        let output = try CLIRunner.run(["list", "--lang", "fr"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("unknown language"))
        let missing = try CLIRunner.run(["check"])
        #expect(missing.status == 2)
    }

    @Test func missingPackFolderIsExplained() throws {
        let empty = FileManager.default.temporaryDirectory
        let output = try CLIRunner.run(["list", "--pack", empty.appendingPathComponent("nope-\(UUID())").path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("no exercises/ folder"))
    }
}
