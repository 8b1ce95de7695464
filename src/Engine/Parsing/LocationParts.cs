namespace StateTrace.Engine.Parsing;

/// <summary>
/// Building, floor, room, row and rack read from an <c>snmp-server location</c> such as
/// <c>Bldg_5_Floor_2_Room_204</c> (original-system §2.3): tokens split on runs of <c>_</c>, read as key/value pairs.
/// A location in any other shape (<c>HQ-2-115</c>) yields nothing rather than a guess.
/// </summary>
internal readonly record struct LocationParts(string Building, string Floor, string Room, string Row, string Rack)
{
    public static LocationParts Parse(string location)
    {
        var tokens = location.Split('_', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string building = "", floor = "", room = "", row = "", rack = "";
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var value = tokens[i + 1];
            switch (tokens[i].ToUpperInvariant())
            {
                case "BLDG" or "BUILDING":
                    building = building.Length == 0 ? value : building;
                    break;
                case "FLOOR":
                    floor = floor.Length == 0 ? value : floor;
                    break;
                case "ROOM":
                    room = room.Length == 0 ? value : room;
                    break;
                case "ROW":
                    row = row.Length == 0 ? value : row;
                    break;
                case "RACK":
                    rack = rack.Length == 0 ? value : rack;
                    break;
                default:
                    continue;
            }

            i++; // the value is consumed with its key
        }

        return new LocationParts(building, floor, room, row, rack);
    }
}
