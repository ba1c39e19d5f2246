import KruCore
import Testing

@Suite struct SuggestionTests {
    @Test func editDistanceCountsASwapAsOneEdit() {
        #expect(Suggestion.editDistance("titel", "title") == 1)
        #expect(Suggestion.editDistance("colour", "color") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("ក្រហម", "ក្រហម") == 0)
    }

    @Test func suggestionsNeedToBeClose() {
        #expect(Suggestion.closest(to: "colour", among: ["color", "background"]) == "color")
        #expect(Suggestion.closest(to: "Titel", among: ["title", "hints"]) == "title")
        #expect(Suggestion.closest(to: "zzzzzz", among: ["color"]) == nil)
        #expect(Suggestion.closest(to: "ab", among: ["xy"]) == nil, "a short word allows one edit")
        #expect(Suggestion.closest(to: "web/01-frist-page", among: ["web/01-first-page", "web/02-lists"]) == "web/01-first-page")
    }
}
