import KruCore

/// One sentence of a message, written as a string literal with
/// interpolations, built into a string allocated once.
///
/// Swift's own string interpolation reserves two bytes for each interpolated
/// piece, so a message that names a block ("the 3rd 'move forward' block
/// (id `m7`)", sixty bytes in Khmer) is allocated, then grown and copied
/// again. Grading builds several bilingual messages for every program; a
/// sentence reserves room for a block reference per piece instead.
struct Sentence: ExpressibleByStringInterpolation, Sendable {
    let text: String

    init(stringLiteral text: String) {
        self.text = text
    }

    init(stringInterpolation: Builder) {
        text = stringInterpolation.text
    }

    /// Collects the pieces of one sentence.
    struct Builder: StringInterpolationProtocol {
        /// Bytes of room for each interpolated piece: a Khmer block reference fits.
        static let roomPerPiece = 72

        fileprivate var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * Self.roomPerPiece)
        }

        mutating func appendLiteral(_ literal: String) {
            text.append(literal)
        }

        mutating func appendInterpolation(_ piece: String) {
            text.append(piece)
        }

        /// A number with Western digits (as in both languages' messages).
        mutating func appendInterpolation(_ number: Int) {
            text.append(String(number))
        }
    }
}

extension LocalizedText {
    /// A text from an English and a Khmer ``Sentence``.
    static func sentences(en: Sentence, km: Sentence) -> LocalizedText {
        LocalizedText(en: en.text, km: km.text)
    }
}
