using StateTrace.Engine.Parsing;

namespace StateTrace.Engine.Tests.Parsing;

public class LocationPartsTests
{
    [Fact]
    public void Parse_BldgFloorRoom_SplitsPairs()
    {
        LocationParts.Parse("Bldg_5_Floor_2_Room_204").Should().Be(new LocationParts("5", "2", "204", "", ""));
    }

    [Fact]
    public void Parse_AllKeysAnyCaseDoubleUnderscores_SplitsPairs()
    {
        LocationParts.Parse("BUILDING__A_floor_3_ROOM_12b_row_C_rack_7").Should().Be(new LocationParts("A", "3", "12b", "C", "7"));
    }

    [Theory]
    [InlineData("HQ-2-115")]
    [InlineData("")]
    [InlineData("Bldg")]
    public void Parse_OtherShapes_YieldNothing(string location)
    {
        LocationParts.Parse(location).Should().Be(new LocationParts("", "", "", "", ""));
    }
}
