import KruMaze
import Testing

@Test(arguments: Direction.allCases)
func fourTurnsComeBack(direction: Direction) {
    #expect(direction.left.left.left.left == direction)
    #expect(direction.left.right == direction)
    #expect(direction.right.right.delta.row == -direction.delta.row)
}
