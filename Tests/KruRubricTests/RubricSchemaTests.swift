import Foundation
@testable import KruRubric
import KruTestSupport
import Testing
import Yams

/// schemas/rubric.schema.json tells the truth about the rubric format: the
/// bundled rubrics validate, and the schema and the loader accept and refuse
/// the same rubrics.
struct RubricSchemaTests {
    static var schema: JSONSchemaSubset {
        let url = repositoryRoot.appending(path: "schemas/rubric.schema.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return JSONSchemaSubset(root: (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:])
    }

    @Test func schemaIsDraft2020AndUsesOnlyKnownKeywords() {
        #expect(Self.schema.root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(Self.schema.unknownKeywords().isEmpty, "validator does not know \(Self.schema.unknownKeywords())")
    }

    @Test func schemaNamesEveryConditionKindAndRule() throws {
        let defs = try #require(Self.schema.root["$defs"] as? [String: Any])
        let kinds = Set(defs.keys.filter { $0.hasPrefix("condition-") }.map { String($0.dropFirst("condition-".count)) })
        #expect(kinds == Set(ConditionReader.kindKeys))
        let rule = try #require(defs["condition-rule"] as? [String: Any])
        let names = (rule["oneOf"] as? [[String: Any]] ?? []).compactMap {
            (($0["properties"] as? [String: Any])?["rule"] as? [String: Any])?["const"] as? String
        }
        #expect(Set(names) == Set(ConditionReader.ruleNames))
        // Options of each kind agree with the loader.
        for (kind, options) in ConditionReader.optionKeys where kind != "rule" {
            let properties = try #require((defs["condition-\(kind)"] as? [String: Any])?["properties"] as? [String: Any])
            let schemaOptions = Set(properties.keys).subtracting([kind, "file"])
            #expect(schemaOptions == Set(options), "\(kind)")
        }
    }

    @Test(arguments: BundledExerciseTests.exercises) func bundledRubricValidates(_ exercise: String) throws {
        let url = repositoryRoot.appending(path: "graders/\(exercise)/rubric.yaml")
        let value = try #require(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)))
        #expect(Self.schema.validate(value) == [], "\(exercise)")
    }

    static let header = "checks:\n  - id: a\n    points: 1\n    title: {en: T, km: ត}\n    hint: {en: H, km: ហ}\n"

    /// Rubrics both must accept (`true`) or both must refuse (`false`).
    static let samples: [(String, Bool)] = [
        (header + "    condition: {count: h1, exactly: 1}", true),
        (header + "    condition: {count: h1}", false),
        (header + "    condition: {cuont: h1, exactly: 1}", false),
        (header + "    condition: {count: h1, every: p, exactly: 1}", false),
        (header + "    condition: {rule: doctype}", true),
        (header + "    condition: {rule: doctype, target: a.html}", false),
        (header + "    condition: {rule: link-to}", false),
        (header + "    condition: {rule: link-to, target: about.html, file: index.html}", true),
        (header + "    condition: {rule: shared-stylesheet, files: [a.html, b.html]}", true),
        (header + "    condition: {rule: shared-stylesheet, files: [a.html]}", false),
        (header + "    condition: {some: a, satisfies: {attribute: href, starts-with: [\"http://\"], case-insensitive: true}}", true),
        (header + "    condition: {some: p, satisfies: {text: content, min-length: 10}}", true),
        (header + "    condition: {some: p, satisfies: {text: words, min-length: 10}}", false),
        (header + "    condition: {some: p, satisfies: {text: content, present: true}}", false),
        (header + "    condition: {every: ul, satisfies: {every: '*', among: children, satisfies: {is: li}}}", true),
        (header + "    condition: {every: ul, among: grandchildren, satisfies: {is: li}}", false),
        (header + "    condition: {files-exist: [index.html, about.html]}", true),
        (header + "    condition: {files-exist: []}", false),
        (header + "    condition: {order: [header, main, footer]}", true),
        (header + "    condition: {diagnostic: html.unclosed-element}", true),
        (header + "    condition: {not: {some: center}}", true),
        (header + "    condition: {any: []}", false),
        (header + "    condition: {first: form, satisfies: {some: input, satisfies: {control-type: [text, search]}}}", true),
        (header.replacingOccurrences(of: "points: 1", with: "points: 0") + "    condition: {rule: doctype}", false),
        (header.replacingOccurrences(of: "points: 1", with: "points: 1.5") + "    condition: {rule: doctype}", true),
        (header.replacingOccurrences(of: "id: a", with: "id: Bad_Id") + "    condition: {rule: doctype}", false),
        (header.replacingOccurrences(of: "{en: H, km: ហ}", with: "{en: H}") + "    condition: {rule: doctype}", false),
        (header + "    condition: {rule: doctype}\n    extra: 1", false),
        (header + "    condition: {file: ../a.html, rule: doctype}", false),
        ("checks: []", false),
        (header + "    condition: {first: h1, satisfies: {style: color, equals: red}}", true),
        (header + "    condition: {first: h1, satisfies: {style: font-weight, one-of: [700, bold]}}", true),
        (header + "    condition: {every: p, satisfies: {style: line-height, at-least: 24px, screen: 400x800}}", true),
        (header + "    condition: {every: p, satisfies: {style: opacity, less-than: 0.5}}", true),
        (header + "    condition: {every: p, satisfies: {style: width, type: [length, percentage]}}", true),
        (header + "    condition: {every: p, satisfies: {style: width, type: [size]}}", false),
        (header + "    condition: {every: p, satisfies: {style: width, greater-than: big}}", false),
        (header + "    condition: {every: p, satisfies: {style: width}}", false),
        (header + "    condition: {every: p, satisfies: {style: width, type: length, screen: wide}}", false),
        (header + "    condition: {first: body, satisfies: {declared: font-family}}", true),
        (header + "    condition: {first: body, satisfies: {declared: font-family, equals: x}}", false),
        (header + "    condition: {selector-used: class}", true),
        (header + "    condition: {selector-used: child, screen: 400x800, file: a.html}", true),
        (header + "    condition: {selector-used: klass}", false),
        (header + "    condition: {rule: stylesheet}", true),
        (header + "    condition: {diagnostic: css.unknown-property}", true),
    ]

    @Test func schemaAndLoaderAgree() throws {
        let schema = Self.schema
        for (yaml, valid) in Self.samples {
            let loaderAccepts = (try? Rubric.parse(yaml: yaml, file: "r.yaml")) != nil
            let value = try #require(try Yams.load(yaml: yaml))
            let schemaAccepts = schema.validate(value).isEmpty
            #expect(loaderAccepts == valid, "loader on: \(yaml.split(separator: "\n").last ?? "")")
            #expect(schemaAccepts == valid, "schema on: \(yaml.split(separator: "\n").last ?? ""): \(Self.schema.validate(value))")
        }
    }
}
