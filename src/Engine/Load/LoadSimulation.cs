namespace StateTrace.Engine.Load;

/// <summary>
/// One step of a scenario's load, named as NBomber names them. Open simulations inject bundles at a rate whatever the
/// pipeline is doing (arrivals do not wait for completions); closed ones keep a number of copies, each sending its next
/// bundle when the previous one is written. A scenario uses one model or the other, plus pauses.
/// </summary>
public abstract record LoadSimulation(TimeSpan During)
{
    /// <summary>NBomber's name of the simulation: Inject, RampingInject, KeepConstant, RampingConstant, Pause.</summary>
    public abstract string Kind { get; }

    /// <summary>True for the open model (Inject, RampingInject), false for the closed one; null for Pause.</summary>
    public abstract bool? IsOpen { get; }
}

/// <summary><paramref name="Rate"/> bundles every <paramref name="Interval"/>, spread evenly over it, for <paramref name="During"/>.</summary>
public sealed record Inject(double Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During)
{
    public override string Kind => "Inject";
    public override bool? IsOpen => true;
}

/// <summary>The rate moves linearly from the previous simulation's (0 at the start or after a pause) to <paramref name="Rate"/> per <paramref name="Interval"/>.</summary>
public sealed record RampingInject(double Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During)
{
    public override string Kind => "RampingInject";
    public override bool? IsOpen => true;
}

/// <summary><paramref name="Copies"/> bundles in flight at all times: each copy sends its next bundle when its last one is written.</summary>
public sealed record KeepConstant(int Copies, TimeSpan During) : LoadSimulation(During)
{
    public override string Kind => "KeepConstant";
    public override bool? IsOpen => false;
}

/// <summary>The number of copies moves linearly from the previous simulation's to <paramref name="Copies"/>, adjusted every second.</summary>
public sealed record RampingConstant(int Copies, TimeSpan During) : LoadSimulation(During)
{
    public override string Kind => "RampingConstant";
    public override bool? IsOpen => false;
}

/// <summary>Nothing is sent for <paramref name="During"/>; bundles already in flight go on.</summary>
public sealed record Pause(TimeSpan During) : LoadSimulation(During)
{
    public override string Kind => "Pause";
    public override bool? IsOpen => null;
}
