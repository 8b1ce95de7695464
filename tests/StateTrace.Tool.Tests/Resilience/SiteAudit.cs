using System.Globalization;
using Microsoft.Data.Sqlite;

namespace StateTrace.Tool.Tests.Resilience;

/// <summary>Reads a site's SQLite store and states what must hold after any sequence of runs.</summary>
internal static class SiteAudit
{
    public static List<string[]> Query(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every consistency rule: no partial host, no duplicate row, history equal to data, every host recorded.</summary>
    public static void AssertConsistent(string database, IReadOnlyCollection<string> expectedHosts)
    {
        Query(database, "SELECT Hostname FROM DeviceSummary ORDER BY Hostname").Select(r => r[0])
            .Should().BeEquivalentTo(expectedHosts, "every host is stored exactly once");
        Query(database, "SELECT Hostname FROM IngestionHistory").Select(r => r[0])
            .Should().BeEquivalentTo(expectedHosts, "every stored host has its ingestion record");
        Query(database, "SELECT d.Hostname FROM DeviceSummary d WHERE d.Ports <> (SELECT COUNT(*) FROM Interfaces i WHERE i.Hostname = d.Hostname)")
            .Should().BeEmpty("no host is stored partially");
        Query(database, "SELECT Hostname, Port FROM Interfaces GROUP BY Hostname, Port HAVING COUNT(*) > 1")
            .Should().BeEmpty("no port is stored twice");
        Query(database, """
            SELECT h.Hostname FROM DeviceSummary h
            WHERE (SELECT COUNT(*) FROM InterfaceHistory x WHERE x.Hostname = h.Hostname AND x.ChangeKind = 'Insert')
                - (SELECT COUNT(*) FROM InterfaceHistory x WHERE x.Hostname = h.Hostname AND x.ChangeKind = 'Delete')
                <> (SELECT COUNT(*) FROM Interfaces i WHERE i.Hostname = h.Hostname)
            """).Should().BeEmpty("the history accounts for every stored row");
    }
}
