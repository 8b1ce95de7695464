namespace StateTrace.Tool.Reports;

/// <summary>
/// The only way section writers put markup on the page. Text arguments are always HTML-encoded; the one raw path is
/// <see cref="Plot"/>, whose SVG comes from <see cref="Plots"/> (ScottPlot escapes the labels it draws).
/// </summary>
internal sealed class HtmlWriter(TextWriter writer)
{
    public void Section(string id, string title, Action body)
    {
        writer.Write($"<section id=\"{Html.Encode(id)}\"><h2>{Html.Encode(title)}</h2>\n");
        body();
        writer.Write("</section>\n");
    }

    public void Heading(string text) => writer.Write($"<h3>{Html.Encode(text)}</h3>\n");

    public void Paragraph(string text, string? cssClass = null) =>
        writer.Write(cssClass is null ? $"<p>{Html.Encode(text)}</p>\n" : $"<p class=\"{Html.Encode(cssClass)}\">{Html.Encode(text)}</p>\n");

    /// <summary>A plain statement that something is missing (no time series, no gate verdicts): never an empty space.</summary>
    public void Missing(string text) => Paragraph(text, "missing");

    /// <summary>A loud box at the top of a section: the fingerprint warning, a regression.</summary>
    public void Banner(string id, string cssClass, string title, IEnumerable<string> lines)
    {
        writer.Write($"<div id=\"{Html.Encode(id)}\" class=\"banner {Html.Encode(cssClass)}\" role=\"alert\"><strong>{Html.Encode(title)}</strong>");
        var any = false;
        foreach (var line in lines)
        {
            writer.Write(any ? "" : "<ul>");
            any = true;
            writer.Write($"<li>{Html.Encode(line)}</li>");
        }

        writer.Write(any ? "</ul></div>\n" : "</div>\n");
    }

    public void Definitions(IEnumerable<(string Term, string Value)> items)
    {
        writer.Write("<dl>");
        foreach (var (term, value) in items)
        {
            writer.Write($"<dt>{Html.Encode(term)}</dt><dd>{Html.Encode(value)}</dd>");
        }

        writer.Write("</dl>\n");
    }

    public void Table(IReadOnlyList<Cell> headers, IEnumerable<IReadOnlyList<Cell>> rows, string? cssClass = null)
    {
        writer.Write(cssClass is null ? "<table>" : $"<table class=\"{Html.Encode(cssClass)}\">");
        writer.Write("<thead><tr>");
        foreach (var header in headers)
        {
            writer.Write(CellMarkup("th", header));
        }

        writer.Write("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            writer.Write("<tr>");
            foreach (var cell in row)
            {
                writer.Write(CellMarkup("td", cell));
            }

            writer.Write("</tr>");
        }

        writer.Write("</tbody></table>\n");
    }

    /// <summary>An inline SVG plot and its caption.</summary>
    public void Plot(string svg, string caption)
    {
        writer.Write("<figure class=\"plot\">");
        writer.Write(svg);
        writer.Write($"<figcaption>{Html.Encode(caption)}</figcaption></figure>\n");
    }

    public void OpenGrid() => writer.Write("<div class=\"grid\">");

    /// <summary>One cell of a grid: what <paramref name="body"/> writes stays together.</summary>
    public void Block(Action body)
    {
        writer.Write("<div class=\"block\">");
        body();
        writer.Write("</div>");
    }

    public void CloseGrid() => writer.Write("</div>\n");

    private static string CellMarkup(string tag, Cell cell) =>
        cell.Class is null ? $"<{tag}>{Html.Encode(cell.Text)}</{tag}>" : $"<{tag} class=\"{Html.Encode(cell.Class)}\">{Html.Encode(cell.Text)}</{tag}>";
}
