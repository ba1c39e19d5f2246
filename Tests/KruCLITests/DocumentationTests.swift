import Foundation
import KruCSS
import KruHTML
import Testing

/// README.md stays true: it documents every diagnostic kru can report and every subcommand.
@Suite struct DocumentationTests {
    static var readme: String {
        (try? String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }

    @Test func everyDiagnosticHasARow() {
        let readme = Self.readme
        for id in HTMLDiagnostics.ruleIDs + CSSDiagnostics.ids {
            #expect(readme.contains("| `\(id)` |"), "README's diagnostics table lacks \(id)")
        }
        for rule in HTMLDiagnostics.rules {
            #expect(readme.contains("| `\(rule.id)` | \(rule.severity.rawValue) |"), "severity of \(rule.id)")
        }
    }

    @Test func everySubcommandIsShown() throws {
        let help = try CLIRunner.run(["--help"]).stdout
        let names = help.split(separator: "\n").drop { !$0.hasPrefix("SUBCOMMANDS:") }.dropFirst()
            .compactMap { line -> String? in
                let word = line.split(separator: " ").first.map(String.init)
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let word, word.allSatisfy(\.isLowercase) else { return nil }
                return word
            }
        #expect(Set(names).isSuperset(of: ["list", "show", "check", "run", "grade", "history", "lint"]))
        for name in names {
            #expect(Self.readme.contains("kru \(name)"), "README never shows `kru \(name)`")
        }
    }
}
