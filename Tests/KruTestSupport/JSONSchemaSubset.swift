import Foundation

/// A small JSON Schema (draft 2020-12) validator for the keywords
/// kru's published schemas (`schemas/*.schema.json`) use, so tests can check
/// rubrics and JSON output against them without a network or a third-party
/// validator.
public struct JSONSchemaSubset {
    /// Keywords this validator understands; the schema must use no others.
    public static let keywords: Set<String> = [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties", "required",
        "additionalProperties", "items", "minItems", "enum", "const", "oneOf", "anyOf", "minimum", "exclusiveMinimum",
        "minLength", "pattern",
    ]

    public let root: [String: Any]

    public init(root: [String: Any]) {
        self.root = root
    }

    /// Reads a schema file (JSON).
    public init(contentsOf url: URL) throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        root = object as? [String: Any] ?? [:]
    }

    /// The keywords a schema uses that this validator does not know.
    public func unknownKeywords() -> Set<String> {
        var unknown = Set<String>()
        func walk(_ schema: Any, isPropertyMap: Bool = false) {
            guard let object = schema as? [String: Any] else {
                if let array = schema as? [Any] { array.forEach { walk($0) } }
                return
            }
            for (key, value) in object {
                if isPropertyMap {
                    walk(value)
                    continue
                }
                if !Self.keywords.contains(key) { unknown.insert(key) }
                switch key {
                case "properties", "$defs": walk(value, isPropertyMap: true)
                case "enum", "const": continue
                default: walk(value)
                }
            }
        }
        walk(root)
        return unknown
    }

    /// Problems of `value` against the root schema (empty when valid).
    public func validate(_ value: Any) -> [String] {
        validate(value, against: root, path: "$")
    }

    private func resolve(_ reference: String) -> [String: Any] {
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            node = (node as? [String: Any])?[String(part)] ?? [:]
        }
        return node as? [String: Any] ?? [:]
    }

    private func validate(_ value: Any, against schema: [String: Any], path: String) -> [String] {
        var problems: [String] = []
        if let reference = schema["$ref"] as? String {
            problems += validate(value, against: resolve(reference), path: path)
        }
        if let type = schema["type"] as? String, !Self.has(value, type: type) {
            return problems + ["\(path): expected \(type)"]
        }
        if let types = schema["type"] as? [String], !types.contains(where: { Self.has(value, type: $0) }) {
            return problems + ["\(path): expected one of \(types)"]
        }
        if let constant = schema["const"], !Self.equal(value, constant) { problems.append("\(path): expected \(constant)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
            problems.append("\(path): not one of \(options)")
        }
        if let string = value as? String {
            if let minimum = schema["minLength"] as? Int, string.count < minimum { problems.append("\(path): too short") }
            if let pattern = schema["pattern"] as? String, let regex = try? Regex(pattern), string.firstMatch(of: regex) == nil {
                problems.append("\(path): does not match \(pattern)")
            }
        }
        if let number = Self.number(value) {
            // Numbers read by JSONSerialization are NSNumbers (which also pass for Bool on Linux).
            if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum { problems.append("\(path): below minimum") }
            if let minimum = (schema["exclusiveMinimum"] as? NSNumber)?.doubleValue, number <= minimum {
                problems.append("\(path): not above \(minimum)")
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { problems.append("\(path): fewer than \(minimum) items") }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() { problems += validate(item, against: items, path: "\(path)[\(index)]") }
            }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            for (key, item) in object {
                if let property = properties[key] as? [String: Any] {
                    problems += validate(item, against: property, path: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected \(key)")
                }
            }
        }
        if let branches = schema["oneOf"] as? [[String: Any]] {
            let passing = branches.filter { validate(value, against: $0, path: path).isEmpty }.count
            if passing != 1 { problems.append("\(path): matches \(passing) of the oneOf branches") }
        }
        if let branches = schema["anyOf"] as? [[String: Any]],
           !branches.contains(where: { validate(value, against: $0, path: path).isEmpty }) {
            problems.append("\(path): matches none of the anyOf branches")
        }
        return problems
    }

    private static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return value is Bool
        case "null": return value is NSNull
        case "integer": return value is Int
        case "number": return (value is Int || value is Double) && !(value is Bool)
        default: return false
        }
    }

    private static func number(_ value: Any) -> Double? {
        if value is Bool { return nil }
        if let int = value as? Int { return Double(int) }
        return value as? Double
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if let a = a as? Bool, let b = b as? Bool { return a == b }
        if a is Bool || b is Bool { return false }
        if let a = a as? String, let b = b as? String { return a == b }
        if let a = number(a), let b = number(b) { return a == b }
        return false
    }
}
