{#
    The raw layer as sources see it (database `raw`). DuckDB attaches `raw.duckdb`
    (profiles.yml), so there is nothing to do. On Spark, ingestion
    (orchestration/spark_ingestion.py) writes each batch whole under
    `$SESSIONLENS_HOME/spark/raw/batches/<batch_id>/<table>/`, and the zero-row
    `schemas/<table>/` that gives each table its columns before the first batch; each run
    makes `raw.<table>` a view over both (a Hadoop glob, listed anew by every query, so a
    batch renamed into place is read and a `.staging-*` folder never is). Before any
    ingestion on Spark, the views fail with PATH_NOT_FOUND naming the glob.
#}
{% macro register_raw_tables() -%}
    {{ return(adapter.dispatch('register_raw_tables', 'sessionlens')()) }}
{%- endmacro %}

{% macro default__register_raw_tables() -%}
{%- endmacro %}

{% macro spark__register_raw_tables() -%}
    {%- set raw_dir = env_var('SESSIONLENS_HOME', '../.sessionlens') ~ '/spark/raw' -%}
    {%- do run_query('create database if not exists raw') -%}
    {%- for table in ['events', 'rejected_lines', 'ingested_files'] %}
        {#- Earlier layouts registered tables under these names. -#}
        {%- set existing = adapter.get_relation(database=none, schema='raw', identifier=table) -%}
        {%- if existing is not none and existing.type != 'view' -%}
            {%- do run_query('drop table raw.' ~ table) -%}
        {%- endif -%}
        {%- do run_query(
            'create or replace view raw.' ~ table
            ~ ' as select * from parquet.`' ~ raw_dir ~ '/{schemas,batches/*}/' ~ table ~ '`'
        ) -%}
    {%- endfor %}
{%- endmacro %}
