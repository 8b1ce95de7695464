using StateTrace.Engine.Input;
using StateTrace.Engine.Parsing;
using StateTrace.Engine.Pipeline;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Storage.Sqlite;
using StateTrace.Engine.Telemetry;
using StateTrace.Engine.Tests.Support;

namespace StateTrace.Engine.Tests.Pipeline;

public class SiteWritersTests
{
    private static ParsedHost Host(int i)
    {
        var facts = new DeviceFacts { Hostname = $"A-H-{i:D2}", Site = "A", Make = "Cisco", Platform = "cisco_ios" };
        facts.Interfaces.Add(new InterfaceFacts { Port = "Gi1/0/1", PortSort = PortSort.KeyOf("Gi1/0/1"), Status = "connected", Vlan = "10" });
        var slice = new HostSlice(facts.Hostname, "A", "/dev/null") { Hash = $"h{i}", Length = 10 };
        return new ParsedHost(slice, facts, HostDiff.Sign(facts), TimeSpan.Zero);
    }

    [Fact]
    public async Task PostAsync_WriterStalledOnTheSiteLock_HoldsBackParseWorkersInsteadOfQueueingEverything()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "Data");
        using var stores = new SiteStores(data, new StoreOptions());
        stores.Get("A");
        await using var telemetry = new TelemetryWriter(Path.Combine(temp.Path, "t.ndjson"), Path.Combine(temp.Path, "daily"), "r");
        var written = 0;
        var writers = new SiteWriters(stores, new SiteCaches(), telemetry, new RunStamp("r", DateTimeOffset.UnixEpoch), force: false,
            channelCapacity: 2, maxInterfacesPerBatch: 2, (results, _) => Interlocked.Add(ref written, results.Count));
        var posted = 0;

        var stall = SiteLockFile.TryAcquire(SqliteSiteStore.PathFor(data, "A"))!;
        var producer = Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await writers.PostAsync(Host(i), CancellationToken.None);
                Interlocked.Increment(ref posted);
            }
        });
        await Task.Delay(500);

        producer.IsCompleted.Should().BeFalse("a full channel makes the parse worker wait");
        Volatile.Read(ref posted).Should().BeLessThanOrEqualTo(4, "at most the channel's two plus the batch of two rows the stalled writer holds");
        written.Should().Be(0);

        stall.Dispose();
        await producer.WaitAsync(TimeSpan.FromSeconds(30));
        await writers.CompleteAsync();
        written.Should().Be(10);
    }
}
