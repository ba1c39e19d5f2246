import Foundation
import KruCore

/// Blockly JSON serialization: `{"blocks":{"languageVersion":0,"blocks":[…]}}`,
/// each block with `type`, `id`, `fields`, `inputs.{NAME}.block|shadow`, `next.block`.
enum BlocklyJSONLoader {
    /// Value inputs (every other input is a statement).
    static let valueInputs: Set<String> = ["TIMES"]

    static func load(text: String, file: String) throws(ProgramLoadError) -> Program {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw ProgramLoadError(
                id: "maze.program.bad-json", file: file, location: nil,
                message: LocalizedText(
                    en: "\(file): the JSON is broken (\(detail)); export the program from the block editor again",
                    km: "\(file): JSON ខូច (\(detail)); សូមនាំចេញកម្មវិធីពីកម្មវិធីកែប្លុកម្ដងទៀត"))
        }
        guard let topBlocks = topLevelBlocks(object) else {
            throw ProgramLoadError(
                id: "maze.program.not-blockly", file: file, location: nil,
                message: LocalizedText(
                    en: "\(file): this JSON is not a Blockly program (expected {\"blocks\": {\"blocks\": [ … ]}})",
                    km: "\(file): JSON នេះមិនមែនជាកម្មវិធី Blockly ទេ (រំពឹងថា {\"blocks\": {\"blocks\": [ … ]}})"))
        }
        var stacks: [[Block]] = []
        var hasDisabledBlocks = false
        for case let dictionary as [String: Any] in topBlocks {
            let stack = try chain(from: dictionary, file: file, depth: 0, hasDisabledBlocks: &hasDisabledBlocks)
            if !stack.isEmpty { stacks.append(stack) }
        }
        return Program(file: file, format: .blocklyJSON, stacks: stacks, hasDisabledBlocks: hasDisabledBlocks)
    }

    private static func topLevelBlocks(_ object: Any) -> [Any]? {
        guard let root = object as? [String: Any] else { return nil }
        if let workspace = root["blocks"] as? [String: Any], let blocks = workspace["blocks"] as? [Any] { return blocks }
        if let blocks = root["blocks"] as? [Any] { return blocks }
        return nil
    }

    private static func chain(
        from dictionary: [String: Any], startsWithShadow: Bool = false, file: String, depth: Int,
        hasDisabledBlocks: inout Bool
    ) throws(ProgramLoadError) -> [Block] {
        guard depth <= ProgramLoader.maxNesting else { throw ProgramLoader.tooDeep(file: file, location: nil) }
        var blocks: [Block] = []
        var current: [String: Any]? = dictionary
        var isShadow = startsWithShadow
        while let dictionary = current {
            // Blockly up to v10 writes "enabled": false; v11 writes "disabledReasons": ["MANUALLY_DISABLED"].
            let reasons = dictionary["disabledReasons"] as? [Any] ?? []
            let enabled = reasons.isEmpty && ((dictionary["enabled"] as? Bool) ?? !((dictionary["disabled"] as? Bool) ?? false))
            if enabled {
                blocks.append(try block(
                    from: dictionary, isShadow: isShadow, file: file, depth: depth, hasDisabledBlocks: &hasDisabledBlocks))
            } else {
                hasDisabledBlocks = true
            }
            let next = dictionary["next"] as? [String: Any]
            current = (next?["block"] ?? next?["shadow"]) as? [String: Any]
            isShadow = next?["block"] == nil
        }
        return blocks
    }

    private static func block(
        from dictionary: [String: Any], isShadow: Bool, file: String, depth: Int, hasDisabledBlocks: inout Bool
    ) throws(ProgramLoadError) -> Block {
        var block = Block(type: dictionary["type"] as? String ?? "", id: string(dictionary["id"]), isShadow: isShadow)
        if let fields = dictionary["fields"] as? [String: Any] {
            for (name, value) in fields {
                if let text = string(value) { block.fields[name] = text }
            }
        }
        if let inputs = dictionary["inputs"] as? [String: Any] {
            for (name, input) in inputs {
                guard let input = input as? [String: Any] else { continue }
                let real = input["block"] as? [String: Any]
                guard let inner = real ?? input["shadow"] as? [String: Any] else { continue }
                if valueInputs.contains(name) {
                    block.values[name] = try self.block(
                        from: inner, isShadow: real == nil, file: file, depth: depth + 1, hasDisabledBlocks: &hasDisabledBlocks)
                } else {
                    block.statements[name] = try chain(
                        from: inner, startsWithShadow: real == nil, file: file, depth: depth + 1,
                        hasDisabledBlocks: &hasDisabledBlocks)
                }
            }
        }
        return block
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}
