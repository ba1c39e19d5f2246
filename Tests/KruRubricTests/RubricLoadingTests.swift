import KruCore
import KruRubric
import Testing

/// Rubric files with mistakes: the error names the line and column.
struct RubricLoadingTests {
    func loadError(_ yaml: String) -> RubricError? {
        do {
            _ = try Rubric.parse(yaml: yaml, file: "r.yaml")
            return nil
        } catch {
            return error
        }
    }

    static let header = """
    checks:
      - id: a
        points: 1
        title: {en: T, km: ត}
        hint: {en: H, km: ហ}
    """

    @Test func loadsAValidRubric() throws {
        let rubric = try Rubric.parse(yaml: Self.header + "\n    condition: {count: h1, exactly: 1}", file: "r.yaml")
        #expect(rubric.checks.map(\.id) == ["a"])
        #expect(rubric.checks[0].points == 1)
        #expect(rubric.checks[0].title == LocalizedText(en: "T", km: "ត"))
        #expect(rubric.maxScore == 1)
    }

    @Test func unknownConditionKindSuggestsTheClosest() throws {
        let error = try #require(loadError(Self.header + "\n    condition: {cuont: h1, exactly: 1}"))
        #expect(error.location == SourceLocation(file: "r.yaml", line: 6, column: 17))
        #expect(error.message.contains("unknown condition kind \"cuont\""))
        #expect(error.message.contains("did you mean \"count\"?"))
    }

    @Test func unknownOptionKeySuggestsTheClosest() throws {
        let error = try #require(loadError(Self.header + "\n    condition:\n      count: h1\n      atleast: 1"))
        #expect(error.location == SourceLocation(file: "r.yaml", line: 8, column: 7))
        #expect(error.message.contains("did you mean \"at-least\"?"))
    }

    @Test func unknownCheckKey() throws {
        let error = try #require(loadError(Self.header + "\n    pionts: 2\n    condition: {rule: doctype}"))
        #expect(error.location.line == 6)
        #expect(error.message.contains("did you mean \"points\"?"))
    }

    @Test func unknownRuleName() throws {
        let error = try #require(loadError(Self.header + "\n    condition: {rule: heading-ordre}"))
        #expect(error.location == SourceLocation(file: "r.yaml", line: 6, column: 23))
        #expect(error.message.contains("did you mean \"heading-order\"?"))
    }

    @Test func badSelectorPointsInsideTheSelector() throws {
        // `.` without a class name: the problem is the `.` at offset 2 of "ul." (column 14 + 2).
        let error = try #require(loadError(Self.header + "\n    condition:\n      count: ul.\n      at-least: 1"))
        #expect(error.location == SourceLocation(file: "r.yaml", line: 7, column: 16))
        #expect(error.message.contains("bad selector"))
    }

    @Test func badSelectorInQuotesCountsTheQuote() throws {
        let error = try #require(loadError(Self.header + "\n    condition:\n      count: \"p, ,\"\n      at-least: 1"))
        #expect(error.location.line == 7)
        #expect(error.location.column == 14 + 1 + 3)
    }

    @Test func wrongTypes() throws {
        let points = try #require(loadError(Self.header.replacingOccurrences(of: "points: 1", with: "points: many") + "\n    condition: {rule: doctype}"))
        #expect(points.location == SourceLocation(file: "r.yaml", line: 3, column: 13))
        #expect(points.message.contains("must be a number"))
        let count = try #require(loadError(Self.header + "\n    condition: {count: h1, exactly: one}"))
        #expect(count.message.contains("whole number"))
        let title = try #require(loadError(Self.header.replacingOccurrences(of: "title: {en: T, km: ត}", with: "title: Hello") + "\n    condition: {rule: doctype}"))
        #expect(title.location.line == 4)
    }

    @Test func nonPositivePoints() throws {
        for value in ["0", "-2"] {
            let error = try #require(loadError(Self.header.replacingOccurrences(of: "points: 1", with: "points: \(value)") + "\n    condition: {rule: doctype}"))
            #expect(error.location == SourceLocation(file: "r.yaml", line: 3, column: 13))
            #expect(error.message.contains("positive"))
        }
    }

    @Test func duplicateCheckIds() throws {
        let yaml = Self.header + "\n    condition: {rule: doctype}\n" + Self.header.replacingOccurrences(of: "checks:\n", with: "") + "\n    condition: {rule: doctype}"
        let error = try #require(loadError(yaml))
        #expect(error.location == SourceLocation(file: "r.yaml", line: 7, column: 5))
        #expect(error.message.contains("duplicate check id \"a\""))
    }

    @Test func missingKhmer() throws {
        let error = try #require(loadError(Self.header.replacingOccurrences(of: "{en: H, km: ហ}", with: "{en: H}") + "\n    condition: {rule: doctype}"))
        #expect(error.location.line == 5)
        #expect(error.message.contains("km"))
    }

    @Test func elementConditionNeedsAnElement() throws {
        let error = try #require(loadError(Self.header + "\n    condition: {attribute: lang}"))
        #expect(error.location == SourceLocation(file: "r.yaml", line: 6, column: 17))
        #expect(error.message.contains("every, some or first"))
    }

    @Test func twoKindsInOneCondition() throws {
        let error = try #require(loadError(Self.header + "\n    condition: {count: h1, every: p, exactly: 1}"))
        #expect(error.message.contains("only one kind"))
    }

    @Test func badRegularExpression() throws {
        let error = try #require(loadError(Self.header + "\n    condition: {some: p, satisfies: {text: content, matches: \"(\"}}"))
        #expect(error.location.line == 6)
        #expect(error.message.contains("regular expression"))
    }

    @Test func invalidYAMLHasALocation() throws {
        let error = try #require(loadError("checks:\n  - id: a\n   points: [1"))
        #expect(error.location.file == "r.yaml")
        #expect(error.location.line >= 2)
        #expect(error.message.hasPrefix("not valid YAML"))
    }

    @Test func unknownTopLevelKey() throws {
        let error = try #require(loadError("chekcs: []"))
        #expect(error.location == SourceLocation(file: "r.yaml", line: 1, column: 1))
        #expect(error.message.contains("did you mean \"checks\"?"))
    }

    @Test func fileOutsideTheSubmissionIsRefused() throws {
        let error = try #require(loadError(Self.header + "\n    condition: {file: ../x.html, count: p, at-least: 1}"))
        #expect(error.location == SourceLocation(file: "r.yaml", line: 6, column: 23))
    }
}

/// Hostile or broken rubric files are refused with a located error, never expanded or crashed on.
struct HostileRubricTests {
    @Test func billionLaughsIsRefused() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        yaml += "checks: *a9\n"
        do {
            _ = try Rubric.parse(yaml: yaml, file: "r.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("too large"))
        }
    }

    @Test func deepNestingIsRefused() throws {
        let yaml = "checks: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        do {
            _ = try Rubric.parse(yaml: yaml, file: "r.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.file == "r.yaml")
        }
    }

    @Test func duplicateKeysAreLocated() throws {
        let yaml = "checks:\n  - id: a\n    points: 1\n    points: 2\n    title: {en: T, km: ត}\n    hint: {en: H, km: ហ}\n    condition: {rule: doctype}\n"
        do {
            _ = try Rubric.parse(yaml: yaml, file: "r.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.line == 4 || error.location.line == 3)
            #expect(error.message.contains("duplicate"))
        }
    }

    @Test func emptyAndNonMappingFiles() throws {
        for yaml in ["", "# only a comment\n", "- a\n- b\n", "just text"] {
            do {
                _ = try Rubric.parse(yaml: yaml, file: "r.yaml")
                Issue.record("expected an error for \(yaml)")
            } catch {
                #expect(error.location.file == "r.yaml")
            }
        }
    }
}
