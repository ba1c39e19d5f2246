import Foundation
import KruCore
import KruXML

/// Reads a block program from a file's bytes, detecting the format from the
/// content: `<` starts Blockly XML, `{` or `[` Blockly JSON, anything else is
/// the text form (see TEXT-FORMAT.md).
public enum ProgramLoader {
    /// Statements nested deeper than this are refused (no editor makes them).
    public static let maxNesting = 100

    /// Loads a program from bytes.
    public static func load(data: Data, file: String) throws(ProgramLoadError) -> Program {
        if data.count > XMLReader.defaultByteLimit {
            throw ProgramLoadError(
                id: "maze.program.too-large", file: file, location: nil,
                message: LocalizedText(
                    en: "\(file) is far too large to be a block program (\(data.count) bytes)",
                    km: "\(file) ធំពេកសម្រាប់ជាកម្មវិធីប្លុក (\(data.count) បៃ)"))
        }
        switch TextDecoding.decode(data) {
        case .success(let text): return try load(text: text, file: file)
        case .failure(let failure):
            throw ProgramLoadError(
                id: "maze.program.not-text", file: file, location: nil,
                message: TextDecoding.message(failure, file: file))
        }
    }

    /// Loads a program from decoded text.
    public static func load(text: String, file: String) throws(ProgramLoadError) -> Program {
        guard let first = text.first(where: { !$0.isWhitespace }) else {
            throw ProgramLoadError(
                id: "maze.program.empty", file: file, location: nil,
                message: LocalizedText(
                    en: "\(file) is empty: there is no program in it; save your blocks into it again",
                    km: "\(file) ទទេ: គ្មានកម្មវិធីនៅក្នុងវាទេ; សូមរក្សាទុកប្លុករបស់អ្នកចូលក្នុងវាម្ដងទៀត"))
        }
        switch first {
        case "<": return try BlocklyXMLLoader.load(text: text, file: file)
        case "{", "[": return try BlocklyJSONLoader.load(text: text, file: file)
        default: return try TextProgramParser.parse(text: text, file: file)
        }
    }

    /// Detects the format of a program text without loading it.
    public static func detectFormat(_ text: String) -> ProgramFormat {
        switch text.first(where: { !$0.isWhitespace }) {
        case "<": return .blocklyXML
        case "{", "[": return .blocklyJSON
        default: return .text
        }
    }

    static func tooDeep(file: String, location: SourceLocation?) -> ProgramLoadError {
        ProgramLoadError(
            id: "maze.program.too-deep", file: file, location: location,
            message: LocalizedText(
                en: "\(location?.description ?? file): blocks are nested more than \(maxNesting) deep inside each other; no puzzle needs that",
                km: "\(location?.description ?? file): ប្លុកត្រូវបានដាក់ក្នុងគ្នាជ្រៅជាង \(maxNesting) កម្រិត; គ្មានល្បែងណាត្រូវការដូច្នេះទេ"))
    }
}
