package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.report.ServiceLine;
import id.kalbarprov.loket.core.report.TrendPoint;
import id.kalbarprov.loket.core.text.IndonesianNumbers;
import java.io.IOException;
import java.util.List;

/**
 * The report's two charts, drawn with lines and rectangles: the monthly trend (received and completed
 * as bars, the share completed on time as a line on its own 0–100 % scale) and the share completed on
 * time per service (horizontal bars). Colours are told apart by their legend and their labels too.
 */
final class ReportCharts {

    private static final float[] RECEIVED = {0.62f, 0.76f, 0.90f};
    private static final float[] COMPLETED = {0.13f, 0.35f, 0.62f};
    private static final float[] SHARE = {0.86f, 0.42f, 0.09f};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
        "Nov", "Des"};

    private ReportCharts() {
    }

    /** The trend chart in the box whose top left corner is (x, top). */
    static void trend(ReportPage p, List<TrendPoint> points, float x, float top, float w, float h,
                      java.util.function.Function<String, String> t) throws IOException {
        var cs = p.cs;
        p.text(p.bold, 9, x, top - 9, t.apply("reports.trend.title"));
        legend(p, x, top - 20, new String[]{t.apply("reports.trend.received"), t.apply("reports.trend.completed"),
            t.apply("reports.trend.share")}, new float[][]{RECEIVED, COMPLETED, SHARE});
        float left = x + 30;
        float right = x + w - 26;
        float bottom = top - h + 22;
        float plotTop = top - 30;
        int max = 1;
        for (TrendPoint pt : points) {
            max = Math.max(max, Math.max(pt.received(), pt.completed()));
        }
        int step = niceStep(max);
        int scaleMax = ((max + step - 1) / step) * step;
        float ph = plotTop - bottom;
        cs.setLineWidth(0.3f);
        cs.setStrokingColor(0.8f, 0.8f, 0.8f);
        for (int v = 0; v <= scaleMax; v += step) {
            float yy = bottom + ph * v / scaleMax;
            cs.moveTo(left, yy);
            cs.lineTo(right, yy);
            cs.stroke();
            String label = IndonesianNumbers.integer(v);
            p.text(p.regular, 6.5f, left - 3 - p.width(p.regular, 6.5f, label), yy - 2, label);
        }
        for (int pc = 0; pc <= 100; pc += 25) {
            float yy = bottom + ph * pc / 100f;
            p.text(p.regular, 6.5f, right + 3, yy - 2, pc + " %");
        }
        cs.setStrokingColor(0f, 0f, 0f);
        float slot = (right - left) / points.size();
        float bar = slot * 0.32f;
        float prevX = -1;
        float prevY = -1;
        for (int i = 0; i < points.size(); i++) {
            TrendPoint pt = points.get(i);
            float sx = left + slot * i + slot * 0.15f;
            rect(p, sx, bottom, bar, ph * pt.received() / scaleMax, RECEIVED);
            rect(p, sx + bar, bottom, bar, ph * pt.completed() / scaleMax, COMPLETED);
            String m = MONTHS[pt.month().getMonthValue() - 1];
            p.centered(p.regular, 6.5f, left + slot * i + slot / 2, bottom - 8, m);
            p.centered(p.regular, 6f, left + slot * i + slot / 2, bottom - 15,
                    String.valueOf(pt.month().getYear()).substring(2));
            Double share = pt.onTimeShare();
            if (share != null) {
                float cx = left + slot * i + slot / 2;
                float cy = bottom + ph * share.floatValue();
                cs.setStrokingColor(SHARE[0], SHARE[1], SHARE[2]);
                cs.setNonStrokingColor(SHARE[0], SHARE[1], SHARE[2]);
                cs.setLineWidth(1.2f);
                if (prevX >= 0) {
                    cs.moveTo(prevX, prevY);
                    cs.lineTo(cx, cy);
                    cs.stroke();
                }
                cs.addRect(cx - 1.6f, cy - 1.6f, 3.2f, 3.2f);
                cs.fill();
                prevX = cx;
                prevY = cy;
            } else {
                prevX = -1;
            }
        }
        cs.setStrokingColor(0f, 0f, 0f);
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.setLineWidth(0.6f);
        cs.moveTo(left, bottom);
        cs.lineTo(right, bottom);
        cs.stroke();
    }

    /** The on-time share per service and in total, as horizontal bars with their percentage. */
    static void share(ReportPage p, List<ServiceLine> lines, ServiceLine total, String totalName, float x, float top,
                      float w, java.util.function.Function<String, String> t) throws IOException {
        p.text(p.bold, 9, x, top - 9, t.apply("reports.shareChart.title"));
        float labelW = p.width(p.bold, 7.5f, totalName) + 6;
        for (ServiceLine l : lines) {
            labelW = Math.max(labelW, p.width(p.regular, 7.5f, shortName(l.name())) + 6);
        }
        float barLeft = x + labelW;
        float barW = w - labelW - 40;
        float yy = top - 26;
        var cs = p.cs;
        cs.setLineWidth(0.3f);
        cs.setStrokingColor(0.75f, 0.75f, 0.75f);
        float rows = lines.size() + 1;
        for (int pc = 0; pc <= 100; pc += 25) {
            float gx = barLeft + barW * pc / 100f;
            cs.moveTo(gx, yy + 4);
            cs.lineTo(gx, yy + 4 - rows * 15);
            cs.stroke();
            p.centered(p.regular, 6f, gx, yy + 7, pc + " %");
        }
        cs.setStrokingColor(0f, 0f, 0f);
        for (int i = 0; i <= lines.size(); i++) {
            ServiceLine l = i < lines.size() ? lines.get(i) : total;
            String name = i < lines.size() ? shortName(l.name()) : totalName;
            var font = i < lines.size() ? p.regular : p.bold;
            yy -= 15;
            p.text(font, 7.5f, x, yy + 2, name);
            Double share = l.onTimeShare();
            if (share != null) {
                rect(p, barLeft, yy, barW * share.floatValue(), 9, i < lines.size() ? COMPLETED : SHARE);
            }
            p.text(font, 7.5f, barLeft + barW * (share == null ? 0 : share.floatValue()) + 3, yy + 2,
                    IndonesianNumbers.percent(share));
        }
    }

    /** "Video Conference" from "Pelayanan Video Conference". */
    static String shortName(String name) {
        return name == null ? "" : name.replaceFirst("^Pelayanan\\s+", "");
    }

    private static void legend(ReportPage p, float x, float at, String[] names, float[][] colours) throws IOException {
        float cx = x;
        for (int i = 0; i < names.length; i++) {
            rect(p, cx, at, 7, 6, colours[i]);
            p.text(p.regular, 7, cx + 9, at + 0.5f, names[i]);
            cx += 14 + p.width(p.regular, 7, names[i]);
        }
    }

    private static void rect(ReportPage p, float x, float y, float w, float h, float[] rgb) throws IOException {
        if (h <= 0 || w <= 0) {
            return;
        }
        p.cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        p.cs.addRect(x, y, w, h);
        p.cs.fill();
        p.cs.setNonStrokingColor(0f, 0f, 0f);
    }

    /** 1, 2, 5, 10, 20, 50 ... so that the axis has four to eight lines. */
    static int niceStep(int max) {
        int step = 1;
        int[] factors = {1, 2, 5};
        int i = 0;
        int magnitude = 1;
        while (max / step > 6) {
            i++;
            if (i == factors.length) {
                i = 0;
                magnitude *= 10;
            }
            step = factors[i] * magnitude;
        }
        return step;
    }
}
