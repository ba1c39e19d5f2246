import KruPack
import Testing

@Test func exerciseKindsAreNamedAsInExerciseFiles() {
    #expect(ExerciseKind(rawValue: "web") == .web)
    #expect(ExerciseKind(rawValue: "maze") == .maze)
    #expect(ExerciseKind(rawValue: "scratch") == nil)
}
