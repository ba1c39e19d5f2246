import KruSelectors
import Testing

@Test func specificityComparesComponentByComponent() {
    #expect(Specificity(ids: 1) > Specificity(classes: 20))
    #expect(Specificity(classes: 1) > Specificity(types: 9))
    #expect(Specificity(ids: 0, classes: 1, types: 2) + Specificity(types: 1) == Specificity(classes: 1, types: 3))
    #expect(Specificity(ids: 1, classes: 2).description == "(1,2,0)")
}
