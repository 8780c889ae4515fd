/*
 * Draws every report chart from its data-chart attribute with Apache ECharts (served from the
 * webjar: the CSP allows scripts from 'self' only, never inline). The same numbers are in the
 * table under each chart, for screen readers and for anyone without JavaScript.
 */
(function () {
  'use strict';
  var BAR = '#2f6fb3';
  var GOAL = '#b3261e';

  function option(el, c) {
    var n = Math.max(1, c.labels.length);
    var slot = Math.max(36, (el.clientWidth - 60) / n);
    var data = c.values.map(function (v, i) {
      // a suppressed bar: no height (its value must not show), its "<5" written at the baseline
      return v === null ? { value: 0, suppressed: true, label: { show: true, formatter: c.texts[i], color: '#4a5360' } }
        : { value: v };
    });
    var series = [{
      name: c.series, type: 'bar', data: data, barMaxWidth: 56, barCategoryGap: '35%',
      itemStyle: { color: BAR },
      label: { show: true, position: 'top', fontSize: 11, color: '#1f2933',
        formatter: function (p) { return c.texts[p.dataIndex]; } }
    }];
    if (c.goal !== null) {
      series.push({ name: c.goalLabel, type: 'line', data: c.labels.map(function () { return c.goal; }),
        symbol: 'none', lineStyle: { color: GOAL, type: 'dashed', width: 2 }, itemStyle: { color: GOAL },
        tooltip: { show: false }, silent: true });
    }
    return {
      animation: false,
      aria: { enabled: false },
      textStyle: { fontFamily: 'system-ui, sans-serif' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (ps) {
          var p = ps[0];
          return escapeHtml(c.labels[p.dataIndex]) + '<br>' + escapeHtml(c.series) + ': <b>' + escapeHtml(c.texts[p.dataIndex])
            + '</b>' + (c.goal !== null ? '<br>' + escapeHtml(c.goalLabel) : '');
        } },
      legend: { top: 0, left: 0, data: c.goal !== null ? [c.series, c.goalLabel] : [c.series] },
      grid: { left: 8, right: 16, top: 44, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: c.labels, axisTick: { alignWithLabel: true },
        axisLabel: { interval: 0, width: slot - 8, overflow: 'break', hideOverlap: true, fontSize: 11, lineHeight: 14 } },
      yAxis: { type: 'value', min: 0, max: c.max, axisLabel: { formatter: '{value}' + c.unit, fontSize: 11 } },
      series: series
    };
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (ch) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch];
    });
  }

  var charts = [];

  function drawAll(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    (root || document).querySelectorAll('[data-chart]').forEach(function (el) {
      if (echarts.getInstanceByDom(el)) {
        return;
      }
      var c = JSON.parse(el.getAttribute('data-chart'));
      // canvas: ECharts' SVG renderer writes style attributes, which the CSP (style-src 'self') refuses
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option(el, c));
      charts.push({ chart: chart, el: el, c: c });
    });
  }

  var resizing = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      charts.forEach(function (x) {
        x.chart.resize();
        x.chart.setOption(option(x.el, x.c));
      });
    }, 150);
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  } else {
    drawAll(document);
  }
  document.addEventListener('htmx:load', function (e) { drawAll(e.target); });
})();
