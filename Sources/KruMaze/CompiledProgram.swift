import KruCore
import KruXML

/// A question an `if` block asks.
public enum PathCondition: String, Hashable, Sendable {
    case ahead = "isPathForward"
    case left = "isPathLeft"
    case right = "isPathRight"
}

/// One instruction of a compiled program. Jumps replace nesting, so running
/// a program never recurses, however deep its blocks are nested.
enum Instruction: Hashable, Sendable {
    case move(block: Int)
    case turn(block: Int, right: Bool)
    /// An `if`: one step; jumps to `otherwise` when the path is not open.
    case branch(block: Int, condition: PathCondition, otherwise: Int)
    case jump(Int)
    /// A `repeat N` block: one step, then pushes its counter.
    case repeatStart(block: Int, count: Int)
    /// Top of a `repeat` loop: one step per round; pops and leaves after the last.
    case repeatNext(block: Int, exit: Int)
    /// A `repeat until finish` block: one step.
    case foreverStart(block: Int)
    /// Top of a `repeat until finish` loop: one step per round; leaves on the finish.
    case foreverNext(block: Int, exit: Int)
}

/// A checked program ready to run: the blocks of its one stack described for
/// feedback, and instructions for the ``Interpreter``.
public struct CompiledProgram: Hashable, Sendable {
    /// Every block of the program in reading order (shadow and number blocks included).
    public let blocks: [BlockInfo]
    let code: [Instruction]

    /// Checks every block of a program (all stacks). Returns the problems, in reading order.
    public static func validate(_ program: Program) -> [ProgramError] {
        validate(ProgramOutline(program))
    }

    static func validate(_ outline: ProgramOutline) -> [ProgramError] {
        var errors: [ProgramError] = []
        for (block, depth) in zip(outline.blocks, outline.depths) {
            if depth > ProgramLoader.maxNesting {
                errors.append(error(block, "maze.program.too-deep", LocalizedText(
                    en: "blocks are nested more than \(ProgramLoader.maxNesting) deep", km: "ប្លុកត្រូវបានដាក់ក្នុងគ្នាជ្រៅជាង \(ProgramLoader.maxNesting) កម្រិត")))
                break
            }
            if let problem = check(block) { errors.append(problem) }
        }
        return errors
    }

    /// Compiles one stack. Throws the first problem ``validate(_:)`` would report.
    public static func compile(_ program: Program, stack: Int = 0) throws(ProgramError) -> CompiledProgram {
        let outline = ProgramOutline(program)
        if let first = validate(outline).first { throw first }
        return compile(outline, stack: stack)
    }

    /// Compiles one stack of a program that ``validate(_:)`` found no problem in.
    static func compile(_ outline: ProgramOutline, stack: Int) -> CompiledProgram {
        let infos = outline.infos()
        guard stack < outline.stackStarts.count else { return CompiledProgram(blocks: infos, code: []) }
        // Blocks of earlier stacks come first in reading order.
        var emitter = CodeEmitter(ends: outline.ends, nextBlock: outline.stackStarts[stack])
        // A block gives at most three instructions (a loop: start, top, jump back).
        emitter.code.reserveCapacity(3 * outline.blocks.count)
        emitter.emit(outline.program.stacks[stack])
        return CompiledProgram(blocks: infos, code: emitter.code)
    }

    // MARK: Checking one block

    private static func check(_ block: Block) -> ProgramError? {
        switch block.type {
        case BlockType.moveForward, BlockType.forever:
            return nil
        case BlockType.turn:
            return checkField(block, "DIR", allowed: turnDirections)
        case BlockType.ifPath, BlockType.ifElse:
            return checkField(block, "DIR", allowed: pathConditions)
        case BlockType.repeatTimes:
            guard let text = block.fields["TIMES"] else { return missingField(block, "TIMES") }
            return repeatCount(text) == nil ? badCount(block, text) : nil
        case BlockType.repeatExt:
            guard let value = block.values["TIMES"] else {
                return error(block, "maze.program.missing-value", LocalizedText(
                    en: "the 'repeat' block has no number of times in it; put a number block in its TIMES slot",
                    km: "ប្លុក 'ធ្វើម្ដងទៀត' គ្មានចំនួនដងនៅក្នុងវា; សូមដាក់ប្លុកលេខនៅក្នុងរន្ធ TIMES របស់វា"))
            }
            guard value.type == BlockType.number else {
                return error(value, "maze.program.bad-value", LocalizedText(
                    en: "only a number block can say how many times to repeat, not a `\(value.type)` block",
                    km: "មានតែប្លុកលេខប៉ុណ្ណោះដែលអាចប្រាប់ចំនួនដងដែលត្រូវធ្វើម្ដងទៀត មិនមែនប្លុក `\(value.type)` ទេ"))
            }
            return nil
        case BlockType.number:
            guard let text = block.fields["NUM"] else { return missingField(block, "NUM") }
            return numberBlockRepeatCount(text) == nil ? badNumber(block, text) : nil
        default:
            let known = ["maze_moveForward", "maze_turn", "maze_if", "maze_ifElse", "maze_forever", "controls_repeat", "controls_repeat_ext"]
                .joined(separator: ", ")
            return error(block, "maze.program.unknown-block", LocalizedText(
                en: "kru does not know this kind of block; remove it, or use one of the maze blocks (\(known))",
                km: "kru មិនស្គាល់ប្លុកប្រភេទនេះទេ; សូមដកវាចេញ ឬប្រើប្លុកផ្លូវវង្វេងមួយ (\(known))"))
        }
    }

    /// A repeat count: a whole number of 0 or more (`3`, `3.0`, `1e12`);
    /// huge counts are capped (the step budget ends such runs anyway).
    static func repeatCount(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace(newlines: false)
        if let value = Int(trimmed) { return value >= 0 ? value : nil }
        guard let value = Double(trimmed), value.isFinite, value >= 0, value.rounded() == value else { return nil }
        return value >= 1e15 ? 1_000_000_000_000_000 : Int(value)
    }

    /// How many times `controls_repeat_ext` runs with a `math_number` block saying `text`, as
    /// Blockly runs it: the number block accepts any number (a student can type `2.5` or `-1`),
    /// and the generated `for (count = 0; count < n; count++)` runs ⌈n⌉ times, and never when
    /// n ≤ 0. `nil` when the text is not a finite number.
    static func numberBlockRepeatCount(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace(newlines: false)
        if let value = Int(trimmed) { return max(0, value) }
        guard let value = Double(trimmed), value.isFinite else { return nil }
        let whole = value.rounded(.up)
        guard whole > 0 else { return 0 }
        return whole >= 1e15 ? 1_000_000_000_000_000 : Int(whole)
    }

    /// The values a `maze_turn` block's `DIR` may have.
    private static let turnDirections = ["turnLeft", "turnRight"]
    /// The values an `if` block's `DIR` may have.
    private static let pathConditions = [PathCondition.ahead, .left, .right].map(\.rawValue)

    private static func checkField(_ block: Block, _ field: String, allowed: [String]) -> ProgramError? {
        guard let value = block.fields[field] else { return missingField(block, field) }
        guard allowed.contains(value) else {
            return error(block, "maze.program.bad-field", LocalizedText(
                en: "the field \(field) says `\(value)`; choose one of \(allowed.joined(separator: ", ")) in the block's menu",
                km: "ផ្នែក \(field) មាន `\(value)`; សូមជ្រើសរើសមួយក្នុងចំណោម \(allowed.joined(separator: ", ")) ក្នុងម៉ឺនុយរបស់ប្លុក"))
        }
        return nil
    }

    private static func missingField(_ block: Block, _ field: String) -> ProgramError {
        error(block, "maze.program.missing-field", LocalizedText(
            en: "the field \(field) is missing; drag in a new block from the toolbox to replace this one",
            km: "ខ្វះផ្នែក \(field); សូមអូសប្លុកថ្មីពីប្រអប់ឧបករណ៍មកជំនួសប្លុកនេះ"))
    }

    private static func badCount(_ block: Block, _ text: String) -> ProgramError {
        error(block, "maze.program.bad-count", LocalizedText(
            en: "`\(text)` is not a number of times to repeat; use a whole number like 3 (0 or more)",
            km: "`\(text)` មិនមែនជាចំនួនដងសម្រាប់ធ្វើម្ដងទៀតទេ; សូមប្រើចំនួនគត់ដូចជា 3 (0 ឬច្រើនជាងនេះ)"))
    }

    private static func badNumber(_ block: Block, _ text: String) -> ProgramError {
        error(block, "maze.program.bad-count", LocalizedText(
            en: "`\(text)` is not a number; type a number of times to repeat in the number block, like 3",
            km: "`\(text)` មិនមែនជាលេខទេ; សូមវាយចំនួនដងសម្រាប់ធ្វើម្ដងទៀតនៅក្នុងប្លុកលេខ ដូចជា 3"))
    }

    private static func error(_ block: Block, _ id: String, _ detail: LocalizedText) -> ProgramError {
        let idText = block.id.map { " (id `\($0)`)" } ?? ""
        let place = block.location.map { "\($0): " } ?? ""
        let type = block.type.isEmpty ? "?" : block.type
        let name = BlockInfo.name(of: block)
        // "the 'repeat' block (`controls_repeat`, id `r1`)": the name the student sees, then what the file says.
        let known = BlockType.all.contains(block.type)
        let idPart = block.id.map { ", id `\($0)`" } ?? ""
        let en = known ? "the '\(name.en)' block (`\(type)`\(idPart))" : "block `\(type)`\(idText)"
        let km = known ? "ប្លុក '\(name.km)' (`\(type)`\(idPart))" : "ប្លុក `\(type)`\(idText)"
        return ProgramError(
            id: id, blockID: block.id, blockType: block.type, location: block.location,
            message: LocalizedText(
                en: "\(place)\(en): \(detail.en); the program was not run",
                km: "\(place)\(km): \(detail.km); កម្មវិធីមិនត្រូវបានដំណើរការទេ"))
    }
}

/// Turns a (validated) stack into instructions; block numbers follow
/// ``Program/allBlocks`` reading order.
private struct CodeEmitter {
    var code: [Instruction] = []
    /// ``ProgramOutline/ends``: where the blocks nested in each block end.
    let ends: [Int]
    var nextBlock: Int

    init(ends: [Int], nextBlock: Int) {
        self.ends = ends
        self.nextBlock = nextBlock
    }

    mutating func emit(_ chain: [Block]) {
        for block in chain { emit(block) }
    }

    /// Counts a block and everything nested in it without emitting code (value inputs).
    mutating func skip() {
        nextBlock = ends[nextBlock]
    }

    /// Emits one block. Numbering follows `allBlocks`: the block, its value
    /// inputs (sorted by name), its statements (sorted by name), so inputs that
    /// do not run (values, unknown statements) are counted but get no code.
    mutating func emit(_ block: Block) {
        let index = nextBlock
        nextBlock += 1
        for _ in block.values { skip() }
        func runBodies(_ self_: inout CodeEmitter, _ handle: (inout CodeEmitter, String) -> Bool) {
            block.forEachStatementByName { name, blocks in
                if !handle(&self_, name) {
                    for _ in blocks { self_.skip() }
                }
            }
        }
        switch block.type {
        case BlockType.moveForward:
            code.append(.move(block: index))
            runBodies(&self) { _, _ in false }
        case BlockType.turn:
            code.append(.turn(block: index, right: block.fields["DIR"] == "turnRight"))
            runBodies(&self) { _, _ in false }
        case BlockType.ifPath, BlockType.ifElse:
            let condition = PathCondition(rawValue: block.fields["DIR"] ?? "") ?? .ahead
            let hasElse = block.type == BlockType.ifElse
            let branch = code.count
            code.append(.jump(-1))
            var skipElse: Int?
            var patched = false
            runBodies(&self) { emitter, name in
                switch name {
                case "DO":
                    emitter.emit(block.statements[name]!)
                    return true
                case "ELSE" where hasElse:
                    skipElse = emitter.code.count
                    emitter.code.append(.jump(-1))
                    emitter.code[branch] = .branch(block: index, condition: condition, otherwise: emitter.code.count)
                    patched = true
                    emitter.emit(block.statements[name]!)
                    return true
                default:
                    return false
                }
            }
            if let skipElse { code[skipElse] = .jump(code.count) }
            if !patched { code[branch] = .branch(block: index, condition: condition, otherwise: code.count) }
        case BlockType.repeatTimes, BlockType.repeatExt, BlockType.forever:
            let top: Int
            if block.type == BlockType.forever {
                code.append(.foreverStart(block: index))
            } else {
                let count = block.type == BlockType.repeatTimes
                    ? CompiledProgram.repeatCount(block.fields["TIMES"] ?? "")
                    : CompiledProgram.numberBlockRepeatCount(block.values["TIMES"]?.fields["NUM"] ?? "")
                code.append(.repeatStart(block: index, count: count ?? 0))
            }
            top = code.count
            code.append(.jump(-1))
            runBodies(&self) { emitter, name in
                guard name == "DO" else { return false }
                emitter.emit(block.statements[name]!)
                return true
            }
            code.append(.jump(top))
            code[top] = block.type == BlockType.forever
                ? .foreverNext(block: index, exit: code.count) : .repeatNext(block: index, exit: code.count)
        default:
            runBodies(&self) { _, _ in false }
        }
    }
}
