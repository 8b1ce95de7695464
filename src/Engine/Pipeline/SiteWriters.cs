using System.Collections.Concurrent;
using System.Threading.Channels;
using StateTrace.Engine.Storage;
using StateTrace.Engine.Telemetry;

namespace StateTrace.Engine.Pipeline;

/// <summary>
/// A bounded channel per site and one writer task per active site (design §1, stage 5). Parse workers wait when a
/// site's channel is full, so a slow store bounds memory instead of queueing every parsed host. A writer groups
/// the hosts waiting for it into one transaction of up to <c>maxInterfacesPerBatch</c> rows, never splitting a host.
/// </summary>
internal sealed class SiteWriters(
    SiteStores stores,
    SiteCaches caches,
    TelemetryWriter telemetry,
    RunStamp run,
    bool force,
    int channelCapacity,
    int maxInterfacesPerBatch,
    Action<IReadOnlyList<HostWriteResult>, TimeSpan> completed)
{
    private readonly ConcurrentDictionary<string, (Channel<ParsedHost> Channel, Task Writer)> sites = new(StringComparer.OrdinalIgnoreCase);

    public ValueTask PostAsync(ParsedHost host, CancellationToken ct)
    {
        var site = sites.GetOrAdd(host.Slice.Site, s =>
        {
            var channel = Channel.CreateBounded<ParsedHost>(new BoundedChannelOptions(channelCapacity)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            });
            return (channel, Task.Run(() => RunAsync(s, channel.Reader, ct), ct));
        });
        return site.Channel.Writer.WriteAsync(host, ct);
    }

    /// <summary>Lets every writer drain its channel and waits for all of them; the first failure is rethrown.</summary>
    public async Task CompleteAsync()
    {
        foreach (var site in sites.Values)
        {
            site.Channel.Writer.TryComplete();
        }

        await Task.WhenAll(sites.Values.Select(s => s.Writer)).ConfigureAwait(false);
    }

    private async Task RunAsync(string site, ChannelReader<ParsedHost> reader, CancellationToken ct)
    {
        var writer = new SiteWriter(stores.Get(site), caches, telemetry, run, force);
        var batch = new List<ParsedHost>();
        while (await reader.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            batch.Clear();
            var rows = 0;
            while (rows < maxInterfacesPerBatch && reader.TryRead(out var host))
            {
                batch.Add(host);
                rows += Math.Max(1, host.Facts.InterfaceCount);
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            IReadOnlyList<HostWriteResult> results;
            try
            {
                results = writer.Write(batch);
            }
            catch
            {
                writer.Abandon();
                throw;
            }

            completed(results, clock.Elapsed);
        }
    }
}
