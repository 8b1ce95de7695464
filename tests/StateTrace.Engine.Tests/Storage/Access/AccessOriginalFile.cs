using System.Data.OleDb;
using System.Runtime.Versioning;
using StateTrace.Engine.Storage.Access;

namespace StateTrace.Engine.Tests.Storage.Access;

/// <summary>A database as the original StateTrace left it (reference/original-system.md §3.3), with one host in it.</summary>
[SupportedOSPlatform("windows")]
internal static class AccessOriginalFile
{
    private static readonly string[] Statements =
    [
        "CREATE TABLE DeviceSummary (Hostname TEXT(64) NOT NULL PRIMARY KEY, Make TEXT(64), Model TEXT(64), Uptime TEXT(64), Site TEXT(64), Building TEXT(64), Room TEXT(64), Ports INTEGER, AuthDefaultVLAN TEXT(32), AuthBlock MEMO)",
        "CREATE TABLE Interfaces (ID COUNTER PRIMARY KEY, Hostname TEXT(64), Port TEXT(64), [Name] TEXT(128), Status TEXT(32), VLAN INTEGER, Duplex TEXT(32), Speed TEXT(32), [Type] TEXT(32), LearnedMACs MEMO, AuthState TEXT(32), AuthMode TEXT(32), AuthClientMAC TEXT(64), AuthTemplate TEXT(64), Config MEMO, PortColor TEXT(32), ConfigStatus TEXT(32), ToolTip MEMO)",
        "CREATE TABLE DeviceHistory (ID COUNTER PRIMARY KEY, Hostname TEXT(64), RunDate DATETIME, Make TEXT(64), Model TEXT(64), Uptime TEXT(64), Site TEXT(64), Building TEXT(64), Room TEXT(64), Ports INTEGER, AuthDefaultVLAN TEXT(32), AuthBlock MEMO)",
        "CREATE TABLE InterfaceHistory (ID COUNTER PRIMARY KEY, Hostname TEXT(64), RunDate DATETIME, Port TEXT(64), [Name] TEXT(128), Status TEXT(32), VLAN INTEGER, Duplex TEXT(32), Speed TEXT(32), [Type] TEXT(32), LearnedMACs MEMO, AuthState TEXT(32), AuthMode TEXT(32), AuthClientMAC TEXT(64), AuthTemplate TEXT(64), Config MEMO, PortColor TEXT(32), ConfigStatus TEXT(32), ToolTip MEMO)",
        "CREATE TABLE SpanInfo (Hostname TEXT(64), Vlan TEXT(32), RootSwitch TEXT(64), RootPort TEXT(32), [Role] TEXT(32), Upstream TEXT(64), LastUpdated DATETIME)",
        "CREATE TABLE SpanHistory (ID COUNTER PRIMARY KEY, Hostname TEXT(64), RunDate DATETIME, Vlan TEXT(32), RootSwitch TEXT(64), RootPort TEXT(32), [Role] TEXT(32), Upstream TEXT(64))",
        "CREATE INDEX idx_interfaces_host_port ON Interfaces (Hostname, Port)",
        "INSERT INTO DeviceSummary (Hostname, Make, Model, Site, Ports) VALUES ('WLLS-A01-AS-01', 'Cisco', 'C9300-48P', 'WLLS', 1)",
        "INSERT INTO Interfaces (Hostname, Port, Status, VLAN, ToolTip) VALUES ('WLLS-A01-AS-01', 'Gi1/0/1', 'connected', 0, 'original tooltip')",
        "INSERT INTO InterfaceHistory (Hostname, RunDate, Port, Status, VLAN) VALUES ('WLLS-A01-AS-01', #2025-12-31 14:21:38#, 'Gi1/0/1', 'connected', 0)",
    ];

    public static void Create(string path)
    {
        var provider = AccessDatabaseFile.Provider()!;
        AccessDatabaseFile.Create(provider, path);
        using var connection = new OleDbConnection(AccessDatabaseFile.ConnectionString(provider, path));
        connection.Open();
        foreach (var sql in Statements)
        {
            using var command = new OleDbCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
