import KruCore
import Testing

@testable import KruMaze

@Test(arguments: [
    ("", 0), ("x", 1), ("ប្លុក 'ទៅមុខ' ទី 3 (id `m7`)", 42),
    (String(repeating: "ក្រឡា", count: 40), -7), ("😀 a\u{301}", 1_000_000_000_000),
])
func sentencesAreWhatStringInterpolationGives(piece: String, number: Int) {
    let sentence: Sentence = "the \(number)th '\(piece)' block"
    #expect(sentence.text == "the \(number)th '\(piece)' block")
    // Pieces far longer than the room reserved for them, and nothing but pieces.
    let long: Sentence = "\(piece)\(piece)\(piece)\(String(repeating: piece, count: 9))\(number)"
    #expect(long.text == "\(piece)\(piece)\(piece)\(String(repeating: piece, count: 9))\(number)")
    let khmer: Sentence = "រ៉ូបូតបានទៅដល់ទីបញ្ចប់នៅជំហានទី \(number) នៅ\(piece)។"
    #expect(khmer.text == "រ៉ូបូតបានទៅដល់ទីបញ្ចប់នៅជំហានទី \(number) នៅ\(piece)។")
}

@Test func sentencesWithoutInterpolationAreTheLiteral() {
    let plain: Sentence = "the program has no blocks at all"
    #expect(plain.text == "the program has no blocks at all")
    #expect(
        LocalizedText.sentences(en: "\(3) blocks", km: "ប្លុក \(3)")
            == LocalizedText(en: "3 blocks", km: "ប្លុក 3"))
}

@Test func hasBodyIsMembershipOfWithBody() {
    for type in BlockType.all.union(["", "maze_IF", "controls_repeat_ext2", "x"]) {
        #expect(BlockType.hasBody(type) == BlockType.withBody.contains(type), "\(type)")
    }
}

@Test func blockReferencesInBothLanguages() {
    let name = LocalizedText(en: "move forward", km: "ទៅមុខ")
    let withID = BlockInfo(id: "m7", type: "maze_moveForward", location: nil, name: name, ordinal: 3)
    #expect(withID.reference == LocalizedText(en: "the 3rd 'move forward' block (id `m7`)", km: "ប្លុក 'ទៅមុខ' ទី 3 (id `m7`)"))
    let located = BlockInfo(
        id: nil, type: "maze_moveForward", location: SourceLocation(file: "p.txt", line: 4, column: 9), name: name, ordinal: 12)
    #expect(located.reference == LocalizedText(
        en: "the 12th 'move forward' block at line 4, column 9", km: "ប្លុក 'ទៅមុខ' ទី 12 នៅបន្ទាត់ 4 ជួរឈរ 9"))
    let bare = BlockInfo(id: nil, type: "maze_moveForward", location: nil, name: name, ordinal: 21)
    #expect(bare.reference == LocalizedText(en: "the 21st 'move forward' block", km: "ប្លុក 'ទៅមុខ' ទី 21"))
    let start: BlockInfo? = nil
    #expect(LocalizedText.sentences(en: "on \(english: start).", km: "នៅ\(khmer: start)។")
        == LocalizedText(en: "on the start.", km: "នៅចំណុចចាប់ផ្ដើម។"))
}
